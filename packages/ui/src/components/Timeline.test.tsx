import { render, screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/context.tsx";
import { Timeline } from "./Timeline.tsx";

describe("Timeline", () => {
  it("lists events in order with headings, status text and a group heading when the group changes", () => {
    render(() => (
      <I18nProvider locale="fi">
        <Timeline
          label="Polun vaiheet"
          items={[
            {
              id: "1",
              title: "Alkuhaastattelu",
              group: "Opintojen alku",
              status: { label: "Tehty", tone: "done" },
            },
            {
              id: "2",
              title: "Alkukartoitus",
              group: "Opintojen alku",
              status: { label: "Käynnissä", tone: "active" },
            },
            {
              id: "3",
              title: "Yksilövalmennus",
              group: "Opinnot",
              details: [{ label: "Ajankohta", value: "1.9.2026" }],
            },
          ]}
        />
      </I18nProvider>
    ));
    const list = screen.getByRole("list", { name: "Polun vaiheet" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(
      within(list)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["AlkuhaastatteluTehty", "AlkukartoitusKäynnissä", "Yksilövalmennus"]);
    // The phase is shown once for consecutive steps of the same phase.
    expect(screen.getAllByText("Opintojen alku")).toHaveLength(1);
    expect(screen.getByText("Opinnot")).toBeTruthy();
    expect(within(items[2]!).getByText("1.9.2026")).toBeTruthy();
  });

  it("says so when there is nothing to show", () => {
    render(() => (
      <I18nProvider locale="fi">
        <Timeline label="Polun vaiheet" items={[]} empty="Polulla ei ole vielä vaiheita." />
      </I18nProvider>
    ));
    expect(screen.getByText("Polulla ei ole vielä vaiheita.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });
});
