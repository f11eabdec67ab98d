/**
 * Seed 001 (#Valmennus) in a real browser: a tutor plans a group's term and adds the kuraattori's
 * outreach visit ("jalkautuminen") to it; the kuraattori finds the visit among their own and records
 * the hours it took; the manager sees the hours in the team's year summary. Axe runs on every page.
 */
import { addDaysToLocalDate, localDateIn } from "@polku/domain";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

/**
 * Days from today in Helsinki, as the date inputs take them (YYYY-MM-DD): the portal and the API count
 * days there, so a run between 22:00 and 24:00 UTC is already tomorrow.
 */
const inDays = (days: number) => addDaysToLocalDate(localDateIn(new Date()), days);
const finnish = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
};

// A term that starts tomorrow, so no seeded plan of the group starts the same day, and the visit is
// always still to come, whenever the test runs.
const termStart = inDays(1);
const termEnd = inDays(120);
const visitOn = inDays(14);
const visitTitle = "Kuraattori tavattavissa välitunnilla";

const nav = (page: Page, name: string) => navTo(page, { name, exact: true });

describe("#Valmennus coaching plans, outreach and hours (Lappi)", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
    page.on("dialog", (dialog) => void dialog.accept());
  });
  afterEach(() => page?.context().close());

  it("lets a tutor plan a term for a group and add the kuraattori's outreach visit", async () => {
    await login(page, "omaohjaaja");
    await nav(page, "Valmennussuunnitelmat");
    await expectHeading(page, "Valmennussuunnitelmat");
    await expectAccessible(page, "coaching plans (tutor)");

    const group = page.getByRole("region", { name: "1A Ensimmäinen vuosi" });
    await group.getByRole("button", { name: /^Uusi suunnitelma/ }).click();
    const planForm = page.getByRole("form", { name: "Uusi valmennussuunnitelma: 1A Ensimmäinen vuosi" });
    await planForm.getByLabel(/^Lukukausi alkaa/).fill(termStart);
    await planForm.getByLabel(/^Lukukausi päättyy/).fill(termEnd);
    await planForm.getByLabel(/^Ryhmävalmennuksen tavoitteet/).fill("Ryhmäytyminen ja arjen hallinta.");
    await planForm.getByLabel(/^Yksilövalmennuksen tavoitteet/).fill("Jokaisen tuen tarpeet selvitetty.");
    await expectAccessible(page, "new plan form");
    await planForm.getByRole("button", { name: "Tallenna suunnitelma" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Suunnitelma on luotu.");

    const term = `${finnish(termStart)}–${finnish(termEnd)}`;
    await group.getByRole("link", { name: term }).click();
    await expectHeading(page, "Valmennussuunnitelma: 1A Ensimmäinen vuosi");
    await expectAccessible(page, "plan page");

    await page.getByRole("button", { name: "Lisää kohta" }).click();
    const itemForm = page.getByRole("form", { name: "Lisää kohta suunnitelmaan" });
    await itemForm.getByRole("combobox", { name: /^Laji/ }).selectOption({ label: "Jalkautuminen" });
    // A date outside the term is refused next to the date field, and nothing typed is lost.
    await itemForm.getByLabel(/^Päivä/).fill(inDays(200));
    await itemForm.getByLabel(/^Otsikko/).fill(visitTitle);
    await itemForm.getByLabel(/^Kellonaika/).fill("10:30");
    await itemForm.getByLabel(/^Paikka/).fill("Opiskelijaravintola");
    const responsible = itemForm.getByRole("combobox", { name: /^Vastuuhenkilö/ });
    await responsible.selectOption({ label: "Kaisa Kuraattori (opiskeluhuolto)" });
    await itemForm.getByRole("button", { name: "Tallenna kohta" }).click();
    const dateField = itemForm.getByLabel(/^Päivä/);
    await expect.poll(() => dateField.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => itemForm.textContent()).toContain("suunnitelman jakson");
    await expectAccessible(page, "item form with an error");

    await dateField.fill(visitOn);
    await itemForm.getByRole("button", { name: "Tallenna kohta" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Kohta on lisätty suunnitelmaan.");
    const items = page.getByRole("table", { name: "Suunnitelman kohdat päivämääräjärjestyksessä" });
    const row = items.getByRole("row", { name: new RegExp(visitTitle) });
    await expect.poll(() => row.textContent()).toContain("Kaisa Kuraattori");
    await expect.poll(() => row.textContent()).toContain("10:30");
    await expect.poll(() => row.textContent()).toContain(finnish(visitOn));
    await expectAccessible(page, "plan page with the visit");
    await logout(page);
  });

  it("shows the kuraattori the visit among their own and lets them record the hours", async () => {
    await login(page, "kuraattori");
    await nav(page, "Jalkautumiset");
    await expectHeading(page, "Jalkautumiset");
    const mine = page.getByRole("table", { name: "Tulevat jalkautumiset, joista vastaat" });
    const visit = mine.getByRole("row", { name: new RegExp(visitTitle) });
    await expect.poll(() => visit.textContent()).toContain(finnish(visitOn));
    await expect.poll(() => visit.textContent()).toContain("1A Ensimmäinen vuosi");
    await expectAccessible(page, "outreach visits (kuraattori)");

    await nav(page, "Työaika");
    await expectHeading(page, "Työaika");
    const form = page.getByRole("form", { name: "Kirjaa tunnit" });
    await form.getByLabel(/^Tunnit/).fill("1,75");
    await form.getByRole("combobox", { name: /^Tehtävä/ }).selectOption({ label: "Jalkautuminen" });
    await form.getByLabel(/^Lisätiedot/).fill("Jalkautumisen valmistelu");
    await form.getByRole("button", { name: "Tallenna tunnit" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Tunnit on kirjattu.");
    const year = inDays(0).slice(0, 4);
    const entries = page.getByRole("table", { name: `Omat kirjaukset vuonna ${year}, uusin ensin` });
    const entry = entries.getByRole("row", { name: new RegExp(finnish(inDays(0))) }).first();
    await expect.poll(() => entries.textContent()).toContain("Jalkautumisen valmistelu");
    await expect.poll(() => entry.textContent()).toContain("1,75 h");
    await expectAccessible(page, "my hours (kuraattori)");
    await logout(page);
  });

  it("shows the manager the team's hours against the plans", async () => {
    await login(page, "esihenkilo");
    await nav(page, "Työaikaseuranta");
    await expectHeading(page, "Tukijoukkueen työaika");
    const year = inDays(0).slice(0, 4);
    const summary = page.getByRole("table", {
      name: `Suunnitellut ja käytetyt tunnit vuonna ${year} tukijoukkueen jäsenittäin`,
    });
    const kuraattori = summary.getByRole("row", { name: /Kuraattori, Kaisa/ });
    await expect.poll(() => kuraattori.textContent()).toMatch(/\d+(,\d+)? h/);
    await expectAccessible(page, "hours summary (manager)");

    // Planning outside the pilot's 40–100 hours warns, and is still allowed.
    const form = page.getByRole("form", { name: "Suunnitellut tunnit" });
    await form
      .getByRole("combobox", { name: /^Tukijoukkueen jäsen/ })
      .selectOption({ label: "Kuraattori, Kaisa" });
    await form.getByLabel(/^Suunnitellut tunnit vuodessa/).fill("120");
    await expect.poll(() => form.textContent()).toContain("pilotissa tunteja kohdennettiin 40–100");
    await form.getByRole("button", { name: "Tallenna suunnitelma" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Suunnitellut tunnit on tallennettu.");
    await expect.poll(() => kuraattori.textContent()).toContain("120 h");
    await expect.poll(() => kuraattori.textContent()).toContain("Pilotin 40–100 tunnin ulkopuolella");
    await expectAccessible(page, "hours summary after planning");
    await logout(page);
  });
});
