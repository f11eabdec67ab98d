/**
 * Seed 000 in a real browser: a tutor hands a graduate with no job or study place over to the youth
 * workshop on the student's consent; the workshop coach sees only the students handed to the workshop
 * and records a work trial; withdrawing the consent ends the coach's access. Axe runs on every page.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

const openHandovers = async (page: Page) => {
  await navTo(page, { name: "Jatkopolutus" });
  await expectHeading(page, "Valmistuvan opiskelijan jatkopolutus");
};

describe("workshop handover (Esedu)", () => {
  let page: Page;
  let handedOver = "";

  // Each step in a fresh browser profile, so one failing step does not leave the next one logged in.
  beforeEach(async () => {
    ({ page } = await e2e.open());
    page.on("dialog", (dialog) => void dialog.accept());
  });
  afterEach(() => page?.context().close());

  it("lets a tutor hand a graduate over to the workshop on consent", async () => {
    await login(page, "omaohjaaja");
    await openHandovers(page);
    await expectAccessible(page, "handover front page (tutor)");

    const candidates = page.getByRole("table", {
      name: "Valmistuvat opiskelijat, joita ei ole vielä siirretty työpajaan",
    });
    const firstRow = candidates.getByRole("row").nth(1);
    const name = (await firstRow.getByRole("rowheader").textContent())!.trim();
    const [lastName, firstName] = name.split(", ");
    handedOver = `${firstName} ${lastName}`;
    await firstRow.getByRole("button", { name: /Siirrä työpajaan/ }).click();

    const form = page.getByRole("form", { name: `Siirto työpajaan: ${handedOver}` });
    // Saved with no workshop, the workshop field says so; choosing one clears its error at once.
    const workshop = form.getByRole("combobox", { name: /^Työpaja/ });
    await form.getByRole("button", { name: "Tallenna siirto" }).click();
    await expect.poll(() => workshop.getAttribute("aria-invalid")).toBe("true");
    await workshop.selectOption({ label: "Nuorten työpaja Verstas" });
    await expect.poll(() => workshop.getAttribute("aria-invalid")).toBeNull();
    await form.getByRole("combobox", { name: /^Tilanne valmistuessa/ }).selectOption("no_job_no_study");
    await expectAccessible(page, "handover form");
    await form.getByRole("button", { name: "Tallenna siirto" }).click();

    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain(`${handedOver} on siirretty työpajaan.`);
    const handovers = page.getByRole("table", { name: "Työpajaan siirretyt opiskelijat" });
    await handovers.getByRole("link", { name }).waitFor();
    await expectAccessible(page, "handover front page after the handover");
    await logout(page);
  });

  it("shows the coach only the handed students and lets the coach record a work trial", async () => {
    await login(page, "valmentaja");
    await page.goto("/students");
    await expectHeading(page, "Opiskelijat");
    // The seeded handover and the one just made: nobody else.
    await expect.poll(() => page.getByRole("table").getByRole("rowheader").count()).toBe(2);

    await openHandovers(page);
    await expect
      .poll(() =>
        page.getByRole("table", { name: "Työpajaan siirretyt opiskelijat" }).getByRole("row").count(),
      )
      .toBe(3);
    const [firstName, lastName] = handedOver.split(" ");
    await page.getByRole("link", { name: `${lastName}, ${firstName}` }).click();
    await expectHeading(page, `Jatkopolku: ${handedOver}`);
    await expectAccessible(page, "handover detail (coach)");

    const form = page.getByRole("form", { name: "Kirjaa toimenpide" });
    await form.getByRole("combobox", { name: /^Toimenpide/ }).selectOption({ label: "Työkokeilu" });
    await form.getByRole("combobox", { name: /^Tila/ }).selectOption("in_progress");
    await form.getByLabel("Alkaa").fill("2026-12-01");
    await form.getByLabel("Muistiinpano").fill("Saimaan Konepaja, kolme viikkoa");
    await form.getByRole("button", { name: "Tallenna toimenpide" }).click();

    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Toimenpide on kirjattu.");
    const timeline = page.getByRole("list", { name: "Työpajan toimenpiteet" });
    await timeline.getByRole("heading", { name: /Työkokeilu/ }).waitFor();
    expect(await timeline.textContent()).toContain("1.12.2026");
    await expectAccessible(page, "handover detail after recording a work trial");
    await logout(page);
  });

  it("ends the coach's access when the tutor withdraws the consent", async () => {
    await login(page, "omaohjaaja");
    await openHandovers(page);
    const [firstName, lastName] = handedOver.split(" ");
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: `${lastName}, ${firstName}` }) });
    await row.getByRole("button", { name: /Peru suostumus/ }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Suostumus on peruttu");
    await expectAccessible(page, "handover front page after withdrawal");
    await logout(page);

    await login(page, "valmentaja");
    await openHandovers(page);
    await expect
      .poll(() =>
        page.getByRole("table", { name: "Työpajaan siirretyt opiskelijat" }).getByRole("row").count(),
      )
      .toBe(2);
    expect(await page.getByRole("link", { name: `${lastName}, ${firstName}` }).count()).toBe(0);
  });
});
