/**
 * Seed 001 (#Valmennus, Lappi) in a real browser: the student sees their own start-of-studies checklist
 * with the initial interview late; the personal tutor finds the student in the overview by the late
 * items, opens the checklist and records the interview; the student then sees it done. Axe runs on
 * every page visited.
 */
import { addDays, localDateIn } from "@polku/domain";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

const today = localDateIn(new Date());
/** Finnish date format, as the portal shows dates: 24.11.2026. */
const fiDate = (day: string) => `${Number(day.slice(8, 10))}.${Number(day.slice(5, 7))}.${day.slice(0, 4)}`;
// The demo's cohort began 40 days ago; a spring start belongs to the previous autumn's cohort.
const started = addDays(today, -40);
const cohort = Number(started.slice(0, 4)) - (Number(started.slice(5, 7)) < 7 ? 1 : 0);

const openChecklist = async (page: Page) => {
  await navTo(page, { name: "Opintojen alku" });
};

/** The state cell of one item in the student's checklist table. */
const itemRow = (page: Page, item: string) =>
  page
    .getByRole("table", { name: "Aloitusvaiheen tehtävät järjestyksessä" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: item, exact: true }) });

describe("#Valmennus start of studies (Lappi)", () => {
  let page: Page;
  let studentName = "";

  beforeEach(async () => {
    ({ page } = await e2e.open());
    page.on("dialog", (dialog) => void dialog.accept());
  });
  afterEach(() => page?.context().close());

  it("takes the student straight to their own checklist, read-only, with the interview late", async () => {
    await login(page, "opiskelija");
    await openChecklist(page);
    const heading = await expectHeading(page, /^Opintojen alku: /);
    studentName = (await heading.textContent())!.replace("Opintojen alku: ", "").trim();
    expect(studentName).not.toBe("");
    await itemRow(page, "Alkuhaastattelu").waitFor();
    expect(await itemRow(page, "Alkuhaastattelu").textContent()).toContain("Myöhässä");
    expect(await itemRow(page, "Alkutilanne selvitetty").textContent()).toContain("Tehty");
    expect(await page.getByRole("form", { name: "Kirjaa tehtävä" }).count()).toBe(0);
    await expectAccessible(page, "checklist (student)");
    await logout(page);
  });

  it("lets the tutor find the student by the late items and record the initial interview", async () => {
    await login(page, "omaohjaaja");
    await openChecklist(page);
    await expectHeading(page, "Opintojen alku");
    const table = page.getByRole("table", { name: `Kohortti ${cohort}, 1A Ensimmäinen vuosi` });
    await table.waitFor();
    await expectAccessible(page, "start-of-studies overview (tutor)");

    const [first, ...rest] = studentName.split(" ");
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: `${rest.join(" ")}, ${first}` }) });
    // The late items are named in words, not only coloured.
    expect(await row.textContent()).toMatch(/myöhässä: .*Alkuhaastattelu/);
    await row.getByRole("link").click();
    await expectHeading(page, `Opintojen alku: ${studentName}`);
    await expectAccessible(page, "student checklist (tutor)");

    const form = page.getByRole("form", { name: "Kirjaa tehtävä" });
    await form.getByRole("combobox", { name: /^Tehtävä/ }).selectOption({ label: "Alkuhaastattelu" });
    // A day after today is refused next to the field; nothing is lost from the form.
    await form.getByLabel(/^Tehty päivänä/).fill(addDays(today, 1));
    await form.getByLabel("Muistiinpano").fill("Kertoi itsestään ja kuuli luki-testin tuloksen.");
    await form.getByRole("button", { name: "Tallenna tehtävä" }).click();
    await form
      .getByText(/on tulevaisuudessa/)
      .first()
      .waitFor();
    await expectAccessible(page, "task form with an error");

    await form.getByLabel(/^Tehty päivänä/).fill(today);
    await form.getByRole("button", { name: "Tallenna tehtävä" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Tehtävä on kirjattu: Alkuhaastattelu.");
    await expect
      .poll(() => itemRow(page, "Alkuhaastattelu").textContent())
      .toContain(`Tehty ${fiDate(today)}`);
    expect(await itemRow(page, "Alkuhaastattelu").textContent()).toContain("Kertoi itsestään");
    await expectAccessible(page, "student checklist after recording the interview");
    await logout(page);
  });

  it("shows the student the recorded interview", async () => {
    await login(page, "opiskelija");
    await openChecklist(page);
    await expectHeading(page, `Opintojen alku: ${studentName}`);
    await expect
      .poll(() => itemRow(page, "Alkuhaastattelu").textContent())
      .toContain(`Tehty ${fiDate(today)}`);
    await expectAccessible(page, "checklist (student) after the interview");
  });
});
