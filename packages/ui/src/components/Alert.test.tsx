import { render, screen } from "@solidjs/testing-library";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/context.tsx";
import { ApiError } from "./Alert.tsx";

/** A failure as the API's error formatter sends it: code, and for a tagged failure its tag and fields. */
const failure = (message: string, data: Record<string, unknown>) =>
  TRPCClientError.from({ error: { message, code: -32004, data } });

describe("a failed call on screen", () => {
  it("says a tagged failure in the user's language instead of the server's English", () => {
    render(() => (
      <I18nProvider locale="fi">
        <ApiError error={failure("The student was not found.", { code: "NOT_FOUND", tag: "NotFound" })} />
      </I18nProvider>
    ));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Tietoa ei löytynyt.");
    expect(alert.textContent).toContain("Tietoa ei löytynyt, tai sinulla ei ole oikeutta nähdä sitä.");
    expect(alert.textContent).not.toContain("The student was not found.");
  });

  it("falls back to the server's message for a tag without words, and names what failed", () => {
    render(() => (
      <I18nProvider locale="sv">
        <ApiError
          title="Delen PUK kunde inte laddas."
          error={failure("Something odd.", { code: "INTERNAL_SERVER_ERROR", tag: "SomethingNew" })}
          retry={() => {}}
        />
      </I18nProvider>
    ));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Delen PUK kunde inte laddas.");
    expect(alert.textContent).toContain("Something odd.");
    expect(screen.getByRole("button", { name: "Försök igen" })).toBeTruthy();
  });

  it("offers no second try where one cannot help (no right to it)", () => {
    render(() => (
      <I18nProvider locale="fi">
        <ApiError error={failure("Not allowed.", { code: "FORBIDDEN" })} retry={() => {}} />
      </I18nProvider>
    ));
    expect(screen.getByRole("alert").textContent).toContain("Roolisi ei salli tätä toimintoa.");
    expect(screen.queryByRole("button", { name: "Yritä uudelleen" })).toBeNull();
  });
});
