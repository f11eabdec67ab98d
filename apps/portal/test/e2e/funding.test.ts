/**
 * Share agreements in a real browser, on the demo region: the negotiator lands on the agreement from the
 * home card and reads what version 2 changes; the partner accepts its own part; a bad share is named
 * next to its field in Finnish and a good one becomes version 3; the workshop reads its statement and
 * downloads it as CSV and XLSX; the scenarios run in a Web Worker with progress and show charts with
 * their tables, the sensitivity too. Axe runs on every page, also on a 390 px phone, where nothing
 * scrolls sideways.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });
const title = "Valmistuvien jatkopolutus";

describe("funding agreements", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  const openFromCard = async (username: string) => {
    await login(page, username);
    await expectHeading(page, "Tänään");
    const card = page.getByRole("region", { name: "Rahoitussopimukset" });
    await card.getByRole("link", { name: new RegExp(title) }).click();
    await expectHeading(page, title);
  };

  it("shows the negotiator the version in force, the proposal and what it changes", async () => {
    await openFromCard("rahoitus");
    await page.getByRole("heading", { name: "Versio 2: Ehdotettu, odottaa hyväksyntää" }).waitFor();
    await page.getByRole("heading", { name: "Versio 1: Voimassa" }).waitFor();
    const body = await page.locator("main").textContent();
    expect(body).toContain("Nuorten työpaja Verstas: osuus 40 % → 50 %");
    // Finnish money: a no-break space groups the thousands and comes before the euro sign.
    expect(body).toMatch(/Nuorten työpaja Verstas: vähintään \/ vuosi ei → 5\s000,00\s€/);
    expect(body).toContain("Savon Rakennuspalvelu Oy");
    await expectAccessible(page, "the agreement page");
  });

  it("lets the partner accept its own part of the proposal", async () => {
    await openFromCard("kumppani");
    await page.getByRole("button", { name: "Hyväksy oma osuutemme versiosta 2" }).click();
    await page.getByText("Hyväksyit version 2.").waitFor();
    // The button goes once the page has the new state from the server.
    await expect.poll(() => page.getByRole("button", { name: /Hyväksy oma osuutemme/ }).count()).toBe(0);
    await expectAccessible(page, "the agreement page after accepting");
  });

  it("names a bad share next to its field, and proposes a good one as version 3", async () => {
    await openFromCard("rahoitus");
    await page.getByRole("link", { name: "Laadi uusi versio" }).click();
    await expectHeading(page, `Uusi versio: ${title}`);
    const share = page.getByRole("group", { name: "Osapuoli 1" }).getByLabel("Osuus prosentteina");
    await share.fill("140");
    await page.getByRole("button", { name: "Ehdota versiota" }).click();
    await page.getByText("Anna osuus prosentteina väliltä 0–100.").waitFor();
    expect(await share.getAttribute("aria-invalid")).toBe("true");
    expect(await share.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, "the draft form with an error");
    await share.fill("45");
    await page.getByLabel("Mikä muuttuu ja miksi").fill("Työpajalle 45 %");
    await page.getByRole("button", { name: "Ehdota versiota" }).click();
    await page.getByRole("heading", { name: "Versio 3: Ehdotettu, odottaa hyväksyntää" }).waitFor();
    expect(await page.locator("main").textContent()).toContain("osuus 50 % → 45 %");
  });

  it("gives the workshop its statement under pseudonyms, as a Finnish CSV and an XLSX", async () => {
    await openFromCard("valmentaja");
    await page.getByRole("link", { name: "Tilitys vuodelta" }).click();
    await expectHeading(page, /^Tilitys \d{4}: Nuorten työpaja Verstas$/);
    const table = page.getByRole("table", { name: "Tilityksen rivit" });
    await table.waitFor();
    const first = await table.locator("tbody tr").first().textContent();
    expect(first).toMatch(/P-[0-9a-f]{16}/);
    expect(first).toMatch(/\d+,\d{2}\s€/);
    await expectAccessible(page, "the statement");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lataa CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFFOpiskelija (pseudonyymi);Sijoittuminen;")).toBe(true);
    expect(csv).toMatch(/\r\nP-[0-9a-f]{16};/);
    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lataa Excel (XLSX)" }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/^tilitys-\d{4}-Nuorten-työpaja-Verstas\.xlsx$/);
    // An XLSX file is a zip archive.
    expect(
      readFileSync((await workbook.path())!)
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");
  });

  it("runs the scenarios in a worker with progress, and shows the charts with their tables", async () => {
    await openFromCard("rahoitus");
    await page.getByRole("link", { name: "Skenaariot ja vertailu" }).click();
    await expectHeading(page, `Skenaariot: ${title}`);
    await page.getByLabel("Skenaarioiden määrä").fill("3000");
    await page.getByRole("button", { name: "Laske skenaariot" }).click();
    await page.getByText("Laskettu 3 000 skenaariota.").waitFor({ timeout: 60_000 });
    const distribution = page.getByRole("table", { name: /^Osapuolten tulo \(/ });
    expect(await distribution.locator("tbody tr").count()).toBe(3);
    expect(await distribution.textContent()).toMatch(/\d\s\d{3},\d{2}\s€/);
    const comparison = page.getByRole("table", { name: "Osapuolten tulon keskiarvo vaihtoehdoittain" });
    expect(await comparison.textContent()).toContain("Ehdotus v");
    // The tornado of each of the three parties, the widest swing first.
    const tornado = page.getByRole("table", { name: "Osapuolen Nuorten työpaja Verstas tulo oletuksittain" });
    expect(await tornado.locator("tbody tr").count()).toBe(3);
    expect(await page.getByRole("img", { name: /Pylväskaavio/ }).count()).toBe(5);
    await expectAccessible(page, "the scenarios");
  });

  it("compares the funding models with their sources in the reader's language", async () => {
    await login(page, "rahoitus");
    await page.getByRole("link", { name: "Vertaa rahoitusmalleja" }).click();
    await page.getByText("Lähde: Laki 1050/2020, 32 a § ja 32 g §; Cedefop 2025").waitFor();
    expect(await page.locator("main").textContent()).not.toContain("Law 1050");
    await expectAccessible(page, "funding models");
  });

  it("fits a 390 px phone on the agreement and statement pages", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openFromCard("valmentaja");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, "the agreement page on a phone");
    await page.getByRole("link", { name: "Tilitys vuodelta" }).click();
    await page.getByRole("table", { name: "Tilityksen rivit" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, "the statement on a phone");
  });
});
