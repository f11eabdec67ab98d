/**
 * Attendance in a real browser: a teacher marks a minor absent for today in a group (everyone else
 * present, one save), the marks survive a reload, an import with a bad line shows every problem and
 * saves nothing, and the student and a guardian see the student's own marks. Axe runs on every page.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

/** Today in Helsinki as the portal shows it: 24.11.2026. */
const todayFinnish = () =>
  new Intl.DateTimeFormat("fi-FI", {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).format(new Date());

describe("attendance", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("lets a teacher mark a minor absent for today in a group, everyone else present, with one save", async () => {
    await login(page, "opettaja");
    await navTo(page, { name: "Läsnäolo", exact: true });
    await expectHeading(page, "Läsnäolon kirjaus");
    await expectAccessible(page, "attendance page before choosing a group");

    const pick = page.getByRole("form", { name: "Ryhmä ja päivä" });
    await pick.getByRole("combobox", { name: /^Ryhmä/ }).selectOption({ label: "1A Ensimmäinen vuosi" });
    await pick.getByRole("button", { name: "Näytä ryhmä" }).click();

    const form = page.getByRole("form", { name: `1A Ensimmäinen vuosi, ${todayFinnish()}` });
    await form.waitFor();
    // Everyone starts as present.
    const students = form.getByRole("group");
    const count = await students.count();
    expect(count).toBe(14);
    expect(await form.getByRole("radio", { name: "Läsnä", checked: true }).count()).toBe(14);
    await expectAccessible(page, "marking form");

    // A minor: the legend says so. Mark them absent with the keyboard (arrow keys move within the group).
    const minor = students.filter({ hasText: "(alaikäinen)" }).first();
    const legend = (await minor.locator("legend").textContent())!.trim();
    await minor.getByRole("radio", { name: "Läsnä" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await minor.getByRole("radio", { name: "Poissa", exact: true }).isChecked()).toBe(true);
    await expect.poll(() => form.textContent()).toContain("Läsnä 13, poissa 1");
    await form.getByRole("button", { name: "Tallenna merkinnät" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Tallennettu: 14 opiskelijaa");
    // Focus moves to the confirmation, which is on screen: the teacher does not start again from the top.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain("Tallennettu: 14 opiskelijaa");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document.activeElement!.getBoundingClientRect();
          // Whole pixels: scrolled into view, its top may sit a fraction above the edge.
          return box.top > -1 && box.bottom < window.innerHeight + 1;
        }),
      )
      .toBe(true);
    await expectAccessible(page, "marking form after saving");

    // Read back after a reload: the absence is saved.
    await page.reload();
    await expectHeading(page, "Läsnäolon kirjaus");
    await page
      .getByRole("form", { name: "Ryhmä ja päivä" })
      .getByRole("button", { name: "Näytä ryhmä" })
      .click();
    const again = page.getByRole("group", { name: legend });
    expect(await again.getByRole("radio", { name: "Poissa", exact: true }).isChecked()).toBe(true);
    await logout(page);
  });

  it("shows every bad line of an import and saves nothing", async () => {
    await login(page, "opettaja");
    await navTo(page, { name: "Läsnäolon tuonti" });
    await expectHeading(page, "Läsnäolojen tuonti");
    await expectAccessible(page, "import page");
    const form = page.getByRole("form", { name: "Tuotava tiedosto" });
    await form
      .getByLabel(/^CSV-teksti/)
      .fill("opiskelija;merkintä\n1.2.246.562.24.12345678901;läsnä\nsomeone;sairas\n");
    await form.getByRole("button", { name: "Tuo merkinnät" }).click();
    const problems = page.getByRole("table", { name: "Virheet riveittäin" });
    await problems.waitFor();
    expect(await problems.getByRole("rowheader").allTextContents()).toEqual(["2", "3", "3"]);
    expect(await page.getByRole("alert").first().textContent()).toContain("mitään ei tallennettu");
    await expectAccessible(page, "import page with problems");
    await logout(page);
  });

  it("shows a student their own marks and a guardian their ward's", async () => {
    for (const user of ["opiskelija", "huoltaja"]) {
      await login(page, user);
      await navTo(page, { name: "Läsnäolo", exact: true });
      await expectHeading(page, "Läsnäolomerkinnät");
      const table = page.getByRole("table", { name: /^Läsnäolomerkinnät: / });
      await table.waitFor();
      expect(await table.getByRole("row").count()).toBeGreaterThanOrEqual(6);
      expect(await page.getByText("Selvittämättömät poissaolot").count()).toBe(1);
      await expectAccessible(page, `own attendance (${user})`);
      await logout(page);
    }
  });
});
