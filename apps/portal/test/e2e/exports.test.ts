/**
 * Lists as files in a real browser: a tutor downloads the student list as CSV, every page of what the
 * search finds (the rows are counted against the total the page states), also narrowed by a phase;
 * a teacher downloads the attendance import's template, as CSV and as a workbook, and imports the CSV
 * as it is: the import reads its header and cells and finds only that the example student does not
 * exist. Axe runs on the pages with the buttons, also on a 390 px phone, where the buttons fit.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Download, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

/** Today in Helsinki as the import's day field holds it (YYYY-MM-DD), and as Finnish Excel writes it. */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date());
const todayFinnish = today
  .split("-")
  .reverse()
  .map((part, i) => (i < 2 ? String(Number(part)) : part))
  .join(".");

/** Clicks a button and returns the file the browser downloads. */
async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return file;
}

/** The CSV's lines, without the BOM and the final line end. */
const csvLines = (text: string) => {
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(1, -2).split("\r\n");
};

/** "Opiskelijat 1–25, yhteensä 212.": the total the page states. */
async function statedTotal(page: Page): Promise<number> {
  const status = page.getByRole("status").filter({ hasText: /yhteensä/ });
  await status.waitFor();
  const match = /yhteensä ([\d\s\u00a0]+)\./.exec((await status.textContent()) ?? "");
  return Number(match![1]!.replace(/\D/g, ""));
}

describe("exports", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("gives a tutor every student the search finds as a Finnish CSV, not only the page on screen", async () => {
    await login(page, "omaohjaaja");
    await page.goto("/students");
    await expectHeading(page, "Opiskelijat");
    const total = await statedTotal(page);
    // More than a page: the file must hold the other pages too.
    expect(total).toBeGreaterThan(25);
    expect(await page.getByRole("table").locator("tbody tr").count()).toBe(25);
    await expectAccessible(page, "student list with the export buttons");

    const buttons = page.getByRole("group", { name: "Lataa tiedostona: opiskelijat, joita haku näyttää" });
    const file = await download(page, () => buttons.getByRole("button", { name: "Lataa CSV" }).click());
    expect(file.suggestedFilename()).toBe(`opiskelijat-${today}.csv`);
    const lines = csvLines(readFileSync((await file.path())!, "utf8"));
    expect(lines[0]).toBe(
      "Sukunimi;Etunimi;Syntymäaika;Tutkinto;Vaihe;Opiskeluoikeus;Alaikäinen;Arvioitu valmistuminen",
    );
    expect(lines).toHaveLength(total + 1);
    // Dates as Finnish Excel reads them, and the page's first student first (the list's order).
    expect(lines[1]).toMatch(/^[^;]+;[^;]+;\d{1,2}\.\d{1,2}\.\d{4};/);
    const [last, first] = (
      (await page.getByRole("table").getByRole("link").first().textContent()) ?? ""
    ).split(", ");
    expect(lines[1]!.startsWith(`${last};${first};`)).toBe(true);
    await page
      .getByRole("status")
      .filter({ hasText: `opiskelijat-${today}.csv on ladattu: ${total}` })
      .waitFor();

    // Narrowed by a phase, the file narrows with it.
    await page.getByLabel("Vaihe").selectOption({ label: "Opinnot" });
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await expect.poll(() => statedTotal(page)).toBeLessThan(total);
    const narrowed = await statedTotal(page);
    expect(narrowed).toBeGreaterThan(0);
    const second = await download(page, () => buttons.getByRole("button", { name: "Lataa CSV" }).click());
    const rows = csvLines(readFileSync((await second.path())!, "utf8")).slice(1);
    expect(rows).toHaveLength(narrowed);
    expect(rows.every((row) => row.split(";")[4] === "Opinnot")).toBe(true);
  });

  it("fits the export buttons on a 390 px phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "omaohjaaja");
    await page.goto("/students");
    await expectHeading(page, "Opiskelijat");
    const button = page.getByRole("button", { name: "Lataa Excel" });
    await button.waitFor();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // A finger-sized target.
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const file = await download(page, () => button.click());
    expect(file.suggestedFilename()).toBe(`opiskelijat-${today}.xlsx`);
    await expectAccessible(page, "student list on a phone");
  });

  it("gives a teacher the import's template, which the import reads", async () => {
    await login(page, "opettaja");
    await navTo(page, { name: "Läsnäolon tuonti" });
    await expectHeading(page, "Läsnäolojen tuonti");
    const template = page.getByRole("group", { name: "Lataa tiedostona: tuontipohja" });
    await expectAccessible(page, "import page with the template");

    const csvFile = await download(page, () => template.getByRole("button", { name: "Lataa CSV" }).click());
    expect(csvFile.suggestedFilename()).toBe(`läsnäolot-tuontipohja-${today}.csv`);
    const csvPath = (await csvFile.path())!;
    const lines = csvLines(readFileSync(csvPath, "utf8"));
    expect(lines).toEqual([
      "opiskelija;pvm;oppitunti;merkintä;myöhässä_min",
      `1.2.246.562.24.12345678907;${todayFinnish};1;myöhässä;10`,
    ]);

    const workbookFile = await download(page, () =>
      template.getByRole("button", { name: "Lataa Excel" }).click(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync((await workbookFile.path())!)).buffer);
    const sheet = workbook.getWorksheet("Läsnäolot")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "opiskelija",
      "pvm",
      "oppitunti",
      "merkintä",
      "myöhässä_min",
    ]);
    expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(2).numFmt).toBe("d.m.yyyy");
    expect(sheet.getRow(2).getCell(5).value).toBe(10);

    // The template as it is, through the import: the one problem is that the example student does not exist.
    const form = page.getByRole("form", { name: "Tuotava tiedosto" });
    await form.getByLabel("CSV-tiedosto").setInputFiles(csvPath);
    await expect.poll(() => form.getByLabel(/^CSV-teksti/).inputValue()).toContain("opiskelija;pvm");
    await form.getByRole("button", { name: "Tuo merkinnät" }).click();
    const problems = page.getByRole("table", { name: "Virheet riveittäin" });
    await problems.waitFor();
    expect(await problems.locator("tbody tr").count()).toBe(1);
    expect(await problems.getByRole("rowheader").allTextContents()).toEqual(["2"]);
    expect(await problems.locator("tbody td").first().textContent()).toBe("opiskelija");
    await expectAccessible(page, "import page after importing the template");
  });
});
