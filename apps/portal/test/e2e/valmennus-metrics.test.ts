/**
 * Seed 001's measures in a real browser: the demo student answers the open feedback survey (scale
 * questions as radio groups with a legend); the manager opens the dashboard, whose charts each come
 * with a table of the same figures, and reads the results of a closed survey; the tables download as
 * CSV and as a workbook with the same rows. Axe runs on every page.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });
const openSurvey = "Palautetta ryhmävalmennuksesta";

describe("#Valmennus metrics and feedback", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("lets the student answer the open survey once", async () => {
    await login(page, "opiskelija");
    await navTo(page, { name: "Palautekyselyt" });
    await expectHeading(page, "Palautekyselyt");
    await expectAccessible(page, "open surveys (student)");

    const surveys = page.getByRole("table", { name: "Avoinna olevat palautekyselyt" });
    await surveys.getByRole("link", { name: openSurvey }).click();
    await expectHeading(page, openSurvey);
    const form = page.getByRole("form", { name: openSurvey });
    await form.getByText("Vastauksesi tallennetaan nimettömänä", { exact: false }).waitFor();

    const helped = form.getByRole("group", { name: /Ryhmävalmennus on auttanut minua opinnoissani/ });
    // Sent unanswered: the portal's own Finnish sentence at each scale question, not the browser's bubble.
    await form.getByRole("button", { name: "Lähetä vastaus" }).click();
    await helped.getByText("Valitse arvo väliltä 1–5.").waitFor();
    await helped.getByRole("radio", { name: /^4$/ }).check();
    const belong = form.getByRole("group", { name: /Koen kuuluvani ryhmään/ });
    await belong.getByRole("radio", { name: /^5 – täysin samaa mieltä/ }).check();
    await form.getByLabel(/Mitä haluaisit tehdä ryhmävalmennuksessa/).fill("Enemmän yhteisiä retkiä.");
    await expectAccessible(page, "survey answer form");
    await form.getByRole("button", { name: "Lähetä vastaus" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Kiitos vastauksestasi!");
    await expectAccessible(page, "survey answered");

    await page.getByRole("link", { name: "Takaisin kyselyihin" }).click();
    await expectHeading(page, "Palautekyselyt");
    const row = page.getByRole("row", { name: new RegExp(openSurvey) });
    await expect.poll(() => row.textContent()).toContain("Vastattu");
    // Answered: no longer a link to the form.
    expect(await row.getByRole("link").count()).toBe(0);
    await logout(page);
  });

  it("gives the manager the tables as files, with the same rows and real percentages", async () => {
    await login(page, "esihenkilo");
    await navTo(page, { name: "Mittarit" });
    await expectHeading(page, "Mittarit");
    const attendance = page.getByRole("table", {
      name: "Läsnäolo kuukausittain: osuus kaikista merkinnöistä",
    });
    await attendance.getByRole("rowheader", { name: "Lukuvuosi yhteensä" }).waitFor();
    const attendanceFiles = page.getByRole("group", {
      name: "Lataa tiedostona: Läsnäolo kuukausittain: osuus kaikista merkinnöistä",
    });
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      attendanceFiles.getByRole("button", { name: "Lataa CSV" }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, "utf8")
      .slice(1, -2)
      .split("\r\n");
    expect(lines[0]).toBe(
      "Kuukausi;Opiskelijoita;Merkintöjä;Läsnä (myös myöhässä);Selvittämätön poissaolo;Selvitetty poissaolo",
    );
    expect(lines).toHaveLength((await attendance.locator("tbody tr").count()) + 1);
    expect(lines.at(-1)).toMatch(/^Lukuvuosi yhteensä;/);

    const retention = page.getByRole("table", {
      name: "Opinnoissa mukana ensimmäisen vuoden jälkeen aloitusvuosittain",
    });
    await retention.getByRole("row", { name: /^2022 Ennen Polkua/ }).waitFor();
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("group", {
          name: "Lataa tiedostona: Opinnoissa mukana ensimmäisen vuoden jälkeen aloitusvuosittain",
        })
        .getByRole("button", { name: "Lataa Excel" })
        .click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync((await xlsx.path())!)).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe((await retention.locator("tbody tr").count()) + 1);
    // The seeded baseline of 2022 (27 of 38 still studying): a number the sheet shows as 71,1 %.
    let baseline: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 2022 && row.getCell(2).value === "Ennen Polkua") baseline = row;
    });
    expect(baseline!.getCell(4).value).toBeCloseTo(27 / 38, 3);
    expect(baseline!.getCell(4).numFmt).toBe("0.0 %");
    await expectAccessible(page, "the dashboard after downloading");
  });

  it("shows the manager the dashboard's charts with their tables, and survey results", async () => {
    await login(page, "esihenkilo");
    await navTo(page, { name: "Mittarit" });
    await expectHeading(page, "Mittarit");

    const attendance = page.getByRole("table", {
      name: "Läsnäolo kuukausittain: osuus kaikista merkinnöistä",
    });
    await attendance.getByRole("rowheader", { name: "Lukuvuosi yhteensä" }).waitFor();
    const progress = page.getByRole("table", { name: "Tutkinnon osien tila aloitusvuosittain" });
    await progress.waitFor();
    const retention = page.getByRole("table", {
      name: "Opinnoissa mukana ensimmäisen vuoden jälkeen aloitusvuosittain",
    });
    // The seeded baseline of 2022: 27 of 38 still studying, 31 with those who changed field.
    const before = retention.getByRole("row", { name: /^2022 Ennen Polkua/ });
    await expect.poll(() => before.textContent()).toContain("71,1 %");
    expect(await before.textContent()).toContain("81,6 %");

    // Each chart is an image with a summary, under its own heading.
    for (const heading of [
      "Läsnäolo kuukausittain",
      "Tutkinnon osien eteneminen",
      "Opinnoissa ensimmäisen vuoden jälkeen",
    ]) {
      const section = page.getByRole("region", { name: heading });
      const chart = section.getByRole("img");
      await chart.waitFor();
      expect(await chart.getAttribute("aria-label")).toContain("taulukossa");
    }
    expect(await page.locator("canvas").count()).toBe(3);
    await expectAccessible(page, "metrics dashboard");

    // The answer the student just gave is counted (the number is shown even under the floor).
    const feedback = page.getByRole("table", { name: "Palautekyselyt" });
    const answered = feedback.getByRole("row", { name: new RegExp(openSurvey) });
    await expect.poll(() => answered.getByRole("cell").last().textContent()).toBe("1");

    await feedback.getByRole("link", { name: "Aloituskysely: ensimmäiset viikot" }).click();
    await expectHeading(page, "Tulokset: Aloituskysely: ensimmäiset viikot");
    const first = page.getByRole("region", { name: "Viihdyn omassa opiskeluryhmässäni." });
    await first.getByText("Keskiarvo 3,8 (asteikko 1–5)").waitFor();
    const distribution = page.getByRole("table", {
      name: "Vastausten jakauma: Viihdyn omassa opiskeluryhmässäni.",
    });
    await expect.poll(() => distribution.getByRole("row", { name: /^4 / }).textContent()).toBe("43");
    await page.getByText("Apua matematiikkaan.").waitFor();
    await expectAccessible(page, "survey results");

    // Results of the open survey with one answer: only the count.
    await page.getByRole("link", { name: "Takaisin kyselyihin" }).click();
    await expectHeading(page, "Palautekyselyt");
    await expectAccessible(page, "surveys (manager)");
    await page.getByRole("link", { name: openSurvey }).click();
    await expectHeading(page, `Tulokset: ${openSurvey}`);
    await page.getByText("Vastauksia on alle viisi", { exact: false }).waitFor();
    expect(await page.getByText("Keskiarvo", { exact: false }).count()).toBe(0);
    await expectAccessible(page, "survey results under the floor");
    await logout(page);
  });

  it("lets the manager enter a baseline (the field to fix named) and write a survey", async () => {
    await login(page, "esihenkilo");
    await page.goto("/p/lappi-valmennus/metrics");
    await expectHeading(page, "Mittarit");
    await page.getByRole("link", { name: "Syötä aiempien vuosien luvut" }).click();
    await expectHeading(page, "Aiempien vuosien vertailuluvut");
    await expectAccessible(page, "baselines");

    const form = page.getByRole("form", { name: "Vertailuluvut" });
    await form.getByLabel(/^Aloitusvuosi/).fill("2021");
    await form.getByLabel(/^Aloittaneita/).fill("30");
    await form.getByLabel(/^Opinnoissa ensimmäisen vuoden jälkeen/).fill("25");
    const changed = form.getByLabel(/^Siirtyi paremmin sopivalle alalle/);
    await changed.fill("8");
    await form.getByRole("button", { name: "Tallenna vertailuluvut" }).click();
    await expect.poll(() => changed.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "baseline form with an error");
    await changed.fill("3");
    await form.getByRole("button", { name: "Tallenna vertailuluvut" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Vuoden 2021 vertailuluvut on tallennettu.");
    await page.getByRole("rowheader", { name: "2021" }).waitFor();

    await page.goto("/p/lappi-valmennus/surveys/manage");
    await expectHeading(page, "Palautekyselyt");
    await page.getByRole("link", { name: "Uusi kysely" }).click();
    await expectHeading(page, "Uusi palautekysely");
    const survey = page.getByRole("form", { name: "Uusi palautekysely" });
    await survey.getByLabel(/^Otsikko/).fill("Kevään tukijoukkuekysely");
    await survey.getByRole("combobox", { name: /^Kohderyhmä/ }).selectOption("team");
    await survey.getByLabel(/^Sulkeutuu/).fill("2099-06-01");
    await survey.getByLabel(/^Kysymys 1/).fill("Tiedonkulku on sujuvaa.");
    await survey.getByRole("button", { name: "Lisää kysymys" }).click();
    await survey.getByLabel(/^Kysymys 2/).fill("Mitä kehittäisit?");
    await survey
      .getByRole("combobox", { name: /^Vastaustapa/ })
      .nth(1)
      .selectOption("text");
    await expectAccessible(page, "survey form");
    await survey.getByRole("button", { name: "Luo kysely" }).click();
    await expectHeading(page, "Palautekyselyt");
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Kysely on luotu.");
    await page.getByRole("row", { name: /Kevään tukijoukkuekysely Tukijoukkue/ }).waitFor();
    await logout(page);
  });
});
