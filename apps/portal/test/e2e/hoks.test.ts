/**
 * HOKS in a real browser: the tutor drafts the demo student's HOKS on the student's page, choosing the
 * qualification and its unit by name (a wrong business ID is refused naming the field), saves and
 * submits it; the student logs in, reads it in words (no unit codes) and approves it, and prints it. The tutor's import page lists every problem of a bad document with its path. Axe runs
 * on every page.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, openOwnPage, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "core-only" });

describe("HOKS drafting and approval", () => {
  let page: Page;
  let studentPath = "";
  let studentName = "";

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("the tutor drafts and submits the HOKS, the student approves it", async () => {
    await login(page, "opiskelija");
    await openOwnPage(page);
    studentName = ((await (await expectHeading(page, /\S/)).textContent()) ?? "").trim();
    studentPath = new URL(page.url()).pathname;
    const ownHoks = page.getByRole("region", { name: "HOKS" });
    await ownHoks.getByText("Opiskelijalla ei ole vielä HOKSia.").waitFor();
    await logout(page);

    await login(page, "omaohjaaja");
    await page.goto(studentPath);
    await expectHeading(page, studentName);
    const section = page.getByRole("region", { name: "HOKS" });
    await section.getByRole("button", { name: "Laadi HOKS" }).click();
    const form = section.getByRole("form", { name: "HOKSin muokkaus" });
    await form.getByRole("combobox", { name: /^Urasuunnitelma/ }).selectOption({ label: "Jatko-opinnot" });
    await form
      .getByRole("combobox", { name: /^Tutkinto\b/ })
      .selectOption({ label: "Sosiaali- ja terveysalan perustutkinto" });
    const unit = form.getByRole("combobox", { name: /^Tutkinnon osa/ });
    // The units come from the qualification's requirements, by kind, with their scope.
    await unit.selectOption({ label: "Kasvun tukeminen ja ohjaus (20 osp)" });
    expect(
      await unit.locator("optgroup").evaluateAll((groups) => groups.map((g) => g.getAttribute("label"))),
    ).toEqual(["Ammatilliset tutkinnon osat", "Yhteiset tutkinnon osat"]);
    await form.getByRole("combobox", { name: /^Tapa/ }).selectOption({ label: "Koulutussopimus" });
    await form.getByLabel(/^Alkaa/).fill("2027-01-10");
    await form.getByLabel(/^Päättyy/).fill("2027-03-31");
    await form.getByLabel(/^Osa-aikaisuus/).fill("100");
    await form.getByLabel(/^Työpaikan nimi/).fill("Savon Rakennuspalvelu Oy");
    await form.getByLabel(/^Y-tunnus/).fill("1234567-8");
    await form.getByLabel(/^Työpaikkaohjaajan nimi/).fill("Ville Virtanen");
    await form.getByLabel(/^Keskeiset työtehtävät/).fill("Muuraus\nLaatoitus");
    await expectAccessible(page, "HOKS editor");
    await form.getByRole("button", { name: "Tallenna luonnos" }).click();
    // The wrong business ID is named at its field and in the list of problems, in Finnish, without the
    // API's path.
    await expect.poll(() => form.getByLabel(/^Y-tunnus/).getAttribute("aria-invalid")).toBe("true");
    await form
      .getByRole("alert")
      .getByText(/tarkistusnumero on väärä/)
      .waitFor();
    expect(await form.getByText(/draft\.units/).count()).toBe(0);
    await expectAccessible(page, "HOKS editor with problems");
    await form.getByLabel(/^Y-tunnus/).fill("2345678-0");
    await form.getByRole("button", { name: "Tallenna luonnos" }).click();
    await page.getByRole("status").filter({ hasText: "HOKS-luonnos tallennettu." }).waitFor();
    await section.getByText("Luonnos", { exact: true }).waitFor();
    await section.getByRole("rowheader", { name: "Kasvun tukeminen ja ohjaus" }).waitFor();
    await section.getByRole("cell", { name: "20 osp" }).waitFor();
    await expectAccessible(page, "student page with a HOKS draft");
    await section.getByRole("button", { name: "Lähetä hyväksyttäväksi" }).click();
    await section.getByText("Odottaa hyväksyntää").waitFor();
    await logout(page);

    await login(page, "opiskelija");
    await page.goto(studentPath);
    await expectHeading(page, studentName);
    const mine = page.getByRole("region", { name: "HOKS" });
    await mine.getByText("Odottaa hyväksyntää").waitFor();
    await mine.getByText("Savon Rakennuspalvelu Oy", { exact: false }).first().waitFor();
    // Read in words: the unit's name and the career plan, no code anywhere.
    await mine.getByRole("heading", { name: "Kasvun tukeminen ja ohjaus" }).waitFor();
    await mine.getByText("Jatko-opinnot").waitFor();
    expect(await mine.getByText(/tutkinnonosat_|urasuunnitelma_/).count()).toBe(0);
    expect(await mine.getByRole("button", { name: "Muokkaa HOKSia" }).count()).toBe(0);
    await expectAccessible(page, "the student's HOKS awaiting approval");
    await mine.getByRole("button", { name: "Hyväksy HOKS" }).click();
    await mine.getByText("HOKS on hyväksytty.").waitFor();
    await mine.getByText("Hyväksytty", { exact: true }).first().waitFor();
    expect(await mine.getByRole("button", { name: "Hyväksy HOKS" }).count()).toBe(0);
    await expectAccessible(page, "the student's approved HOKS");

    // Printing for a meeting: only the HOKS, without the site's frame or the other sections.
    await page.evaluate(() => {
      window.print = () => void document.documentElement.setAttribute("data-printed", "yes");
    });
    await mine.getByRole("button", { name: "Tulosta HOKS" }).click();
    expect(await page.locator("html").getAttribute("data-printed")).toBe("yes");
    await page.emulateMedia({ media: "print" });
    expect(await mine.getByRole("heading", { name: "Kasvun tukeminen ja ohjaus" }).isVisible()).toBe(true);
    await mine.getByText("Henkilökohtainen osaamisen kehittämissuunnitelma (HOKS)").waitFor();
    expect(await page.getByRole("banner").isVisible()).toBe(false);
    expect(await page.getByRole("region", { name: "Perustiedot" }).isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    expect(await page.getByRole("region", { name: "Perustiedot" }).isVisible()).toBe(true);
    await logout(page);
  });

  it("a teacher records a unit's progress, and the tutor downloads the export", async () => {
    await login(page, "opettaja");
    await page.goto(studentPath);
    await expectHeading(page, studentName);
    const section = page.getByRole("region", { name: "HOKS" });
    await section
      .getByRole("combobox", { name: "Tutkinnon osan Kasvun tukeminen ja ohjaus eteneminen" })
      .selectOption({ label: "Kesken" });
    await section.getByText("Eteneminen tallennettu: Kasvun tukeminen ja ohjaus.").waitFor();
    await expectAccessible(page, "HOKS progress (teacher)");
    await logout(page);

    await login(page, "omaohjaaja");
    await page.goto(`/hoks/transfer?studentId=${studentPath.split("/").pop()}`);
    await expectHeading(page, "HOKSin tuonti ja vienti");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lataa HOKS JSON-tiedostona" }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import("node:fs/promises");
    const exported = JSON.parse(await readFile(path, "utf8"));
    expect(exported["hankittavat-ammat-tutkinnon-osat"][0]["tutkinnon-osa-koodi-uri"]).toBe(
      "tutkinnonosat_100832",
    );
    await expectAccessible(page, "HOKS export");
  });

  it("the import page lists every problem of a bad document with its path", async () => {
    await login(page, "omaohjaaja");
    await page.goto("/hoks/transfer");
    await expectHeading(page, "HOKSin tuonti ja vienti");
    await page.getByRole("combobox", { name: /^Opiskelija/ }).selectOption({ index: 1 });
    const form = page.getByRole("form", { name: "Tuonti" });
    await form.getByLabel(/^Tai liitä JSON/).fill(
      JSON.stringify({
        "oppija-oid": "1.2.246.562.24.44651722625",
        "opiskeluoikeus-oid": "1.2.246.562.15.76811932037",
        "ensikertainen-hyvaksyminen": "2017-02-30",
      }),
    );
    await expectAccessible(page, "HOKS import");
    await form.getByRole("button", { name: "Tuo HOKS" }).click();
    const problems = form.getByRole("table", { name: "Korjattavat kohdat" });
    await problems.getByText("ensikertainen-hyvaksyminen", { exact: true }).waitFor();
    await problems.getByText("osaamisen-hankkimisen-tarve", { exact: true }).waitFor();
    await problems.getByText("oppija-oid", { exact: true }).waitFor();
    await expectAccessible(page, "HOKS import with problems");
  });
});
