/**
 * The entries page as a person uses it: rendered in happy-dom against the real API (test/portal-api.ts),
 * logged in as the personal tutor, showing what is there and saving a new entry through its form.
 */
import {
  ApiProvider,
  createApiClient,
  createApiConnection,
  I18nProvider,
  registerMessages,
  SessionProvider,
} from "@polku/ui";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { manifest } from "../manifest.ts";
import { en, fi, sv } from "../messages.ts";
import type { PluginRouter } from "../router.ts";
import { Entries } from "./Entries.tsx";

afterEach(cleanup);

describe("the keski-pohjanmaa-tyoelamapassi entries page", () => {
  const connection = createApiConnection();
  let studentId: string;

  beforeAll(async () => {
    // The page is served from the API's origin, as the portal is: cookies and CSRF as in a browser.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(inject("apiUrl"));
    registerMessages(manifest.id, { fi, sv, en });
    const api = createApiClient({ connection });
    const { csrfToken } = await api.auth.login.mutate({ username: "omaohjaaja", password: "polku-demo" });
    connection.setCsrfToken(csrfToken);
    const [student] = await api.students.list.query({ limit: 1 });
    studentId = student!.id;
    const plugin = createApiClient<PluginRouter>({ connection, pathPrefix: `plugins.${manifest.id}` });
    await plugin.add.mutate({ studentId, text: "Jo tallennettu merkintä" });
  });

  const renderPage = () =>
    render(() => (
      <I18nProvider locale="fi">
        <ApiProvider connection={connection}>
          <SessionProvider>
            <Entries studentId={studentId} />
          </SessionProvider>
        </ApiProvider>
      </I18nProvider>
    ));

  it("lists the student's entries and saves a new one", async () => {
    renderPage();
    expect(await screen.findByText(/Jo tallennettu merkintä/)).toBeTruthy();
    const field = await screen.findByLabelText(fi["page.text"]);
    fireEvent.input(field, { target: { value: "Uusi merkintä sivulta" } });
    fireEvent.click(screen.getByRole("button", { name: fi["page.save"] }));
    expect(await screen.findByText(fi["page.saved"])).toBeTruthy();
    expect(await screen.findByText(/Uusi merkintä sivulta/)).toBeTruthy();
  });
});
