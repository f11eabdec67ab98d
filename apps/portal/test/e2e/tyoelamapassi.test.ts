/**
 * Seed 002 (Keski-Pohjanmaa's työelämäpassi) in a real browser: a student pursues a badge and adds
 * evidence (words and a PDF), the minor's guardian consents to the company's assessment, the student
 * sends it, the company contact approves it, the student downloads the signed badge and verifies it on
 * the public page without logging in; a teacher revokes it, and the public page then says so. The learner
 * hears of the approval and the revocation in the inbox. A company states a competence need, a teacher
 * adds a new badge answering it (the form's field errors in Finnish first), and the company sees the
 * badge under its need. Axe runs on every page, and the passport page and the new-badge form are checked
 * on a 390 px phone.
 */
import { readFile } from "node:fs/promises";
import { rowsOf } from "@polku/db";
import { sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });
const pluginPath = "/p/keski-pohjanmaa-tyoelamapassi";
const verifyPath = "/public/keski-pohjanmaa-tyoelamapassi/verify";
const badgeName = "Asiakaspalvelu yrityksessä";
const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Follows a main-menu link, opening its group first when the menu folds entries into groups. */
async function navTo(page: Page, options: { name: string; exact?: boolean }) {
  const nav = page.getByRole("navigation", { name: /^(Päävalikko|Huvudmeny|Main menu)$/ });
  const link = nav.getByRole("link", { ...options, includeHidden: true });
  await link.waitFor({ state: "attached" });
  if (!(await link.isVisible())) {
    const inGroup = page.getByRole("link", { ...options, includeHidden: true });
    await nav.locator("li.nav-group").filter({ has: inGroup }).getByRole("button").click();
  }
  await link.click();
}

const card = (page: Page, section: string) =>
  page
    .getByRole("region", { name: section })
    .locator("li.card", { has: page.getByRole("heading", { name: badgeName, exact: true }) });

/** Opens the inbox from the header and waits for a message with this subject. */
async function expectInInbox(page: Page, subject: string) {
  await page.getByRole("link", { name: /^Viestit/ }).click();
  const list = page.getByRole("list", { name: "Viestit, uusin ensin" });
  await expect.poll(() => list.textContent()).toContain(subject);
}

async function verifyOnPublicPage(page: Page, file: string) {
  await page.goto(verifyPath);
  await expectHeading(page, "Työelämäpassin merkin tarkistus");
  await page.getByLabel("Merkin tiedosto").setInputFiles(file);
  await page.getByRole("button", { name: "Tarkista merkki" }).click();
  const verdict = page.locator("#result h2");
  await verdict.waitFor();
  await expectAccessible(page, "public verification page");
  return { verdict: await verdict.textContent(), details: await page.locator("#result").textContent() };
}

describe("työelämäpassi (Keski-Pohjanmaa)", () => {
  let page: Page;
  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("takes a badge from choosing it to a verified and then revoked credential", async () => {
    await login(page, "opiskelija");
    await expectHeading(page, "Tänään");
    await expect.poll(() => page.getByRole("region", { name: "Työelämäpassi" }).textContent()).toContain("0");
    await navTo(page, { name: "Työelämäpassi", exact: true });
    await expectHeading(page, "Työelämäpassi");
    await expectAccessible(page, "passport (student)");
    const entry = card(page, "Merkkiluettelo");
    await entry
      .getByRole("combobox", { name: "Arvioija" })
      .selectOption({ label: "Savon Rakennuspalvelu Oy" });
    await entry.getByRole("button", { name: "Aloita tämä merkki" }).click();

    const mine = card(page, "Omat merkit");
    await mine.waitFor();
    await mine.getByLabel("Kuvaus").fill("Palvelin asiakkaita rakennustyömaalla viikon ajan.");
    await mine.getByRole("button", { name: "Lisää näyttö" }).click();
    await expect.poll(() => mine.textContent()).toContain("Palvelin asiakkaita rakennustyömaalla");
    await mine.getByRole("combobox", { name: "Näytön tyyppi" }).selectOption("file");
    await mine
      .getByLabel(/^Tiedosto/)
      .setInputFiles({ name: "raportti.pdf", mimeType: "application/pdf", buffer: pdf });
    await mine.getByRole("button", { name: "Lisää näyttö" }).click();
    await expect.poll(() => mine.textContent()).toContain("raportti.pdf");
    await expectAccessible(page, "passport with evidence");
    // The demo student is a minor: the company assesses only once a guardian has consented.
    await mine.getByRole("button", { name: "Lähetä arvioitavaksi" }).click();
    await expect.poll(() => mine.textContent()).toContain("Huoltajan on annettava suostumus");
    await logout(page);

    await login(page, "huoltaja");
    await page.goto(pluginPath);
    await expectHeading(page, "Työelämäpassi");
    const ward = card(page, "Omat merkit");
    await ward.getByRole("button", { name: "Anna huoltajana suostumus yrityksen arviointiin" }).click();
    await expect.poll(() => ward.textContent()).toContain("Suostumus on annettu.");
    await expectAccessible(page, "passport (guardian)");
    await logout(page);

    await login(page, "opiskelija");
    await page.goto(pluginPath);
    await card(page, "Omat merkit").getByRole("button", { name: "Lähetä arvioitavaksi" }).click();
    await expect.poll(() => card(page, "Omat merkit").textContent()).toContain("Arvioitavana");
    await logout(page);

    await login(page, "yritys");
    await expect
      .poll(() => page.getByRole("region", { name: "Arvioitavat merkit" }).textContent())
      .toContain("1");
    await navTo(page, { name: "Merkkien arviointi", exact: true });
    await expectHeading(page, "Merkkien arviointi");
    const assessment = page.locator("li.card", { has: page.getByRole("heading", { name: badgeName }) });
    await expect.poll(() => assessment.textContent()).toContain("Palvelin asiakkaita rakennustyömaalla");
    await expectAccessible(page, "assessment (company contact)");
    await assessment.getByRole("button", { name: "Hyväksy ja myönnä merkki" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Merkki on myönnetty.");
    await logout(page);

    await login(page, "opiskelija");
    await expectInInbox(page, `Näyttösi hyväksyttiin: merkki ${badgeName} on myönnetty`);
    await page.goto(pluginPath);
    const issued = card(page, "Omat merkit");
    await expect.poll(() => issued.textContent()).toContain("Myönnetty");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      issued.getByRole("button", { name: "Lataa merkki (JSON)" }).click(),
    ]);
    const file = await download.path();
    const credential = JSON.parse(await readFile(file, "utf8")) as { type: string[] };
    expect(credential.type).toContain("OpenBadgeCredential");
    await logout(page);

    // The public page needs no login.
    const valid = await verifyOnPublicPage(page, file);
    expect(valid.verdict).toBe("Merkki on aito ja voimassa");

    const [student] = rowsOf<{ id: string }>(
      await e2e
        .db()
        .execute(
          sql`select s.id from student s join person p on p.id = s.person_id where p.username = 'opiskelija'`,
        ),
    );
    const studentId = student?.id;
    expect(studentId).toBeTruthy();
    await login(page, "opettaja");
    await page.goto(`/students/${studentId}`);
    const section = page.getByRole("region", { name: "Työelämäpassin merkit" });
    await section.getByLabel("Perumisen syy").fill("Myönnetty virheellisesti.");
    await section.getByRole("button", { name: "Peru merkki" }).click();
    await expect.poll(() => section.textContent()).toContain("Merkki on peruttu.");
    await expectAccessible(page, "student page with badges (teacher)");
    await logout(page);

    const revoked = await verifyOnPublicPage(page, file);
    expect(revoked.verdict).toBe("Merkki ei kelpaa");
    expect(revoked.details).toContain("Myöntäjä on perunut merkin.");

    await login(page, "opiskelija");
    await expectInInbox(page, `Merkki ${badgeName} on peruttu`);
    await expect.poll(() => page.locator("main").textContent()).toContain("Syy: Myönnetty virheellisesti.");
  }, 180_000);

  it("lets a company state a competence need that a new badge then answers", async () => {
    const need = "Työmaalle turvallisuustaitoisia harjoittelijoita.";
    await login(page, "yritys");
    await page.goto("/competence-needs");
    await expectHeading(page, "Yritysten osaamistarpeet");
    await page.getByLabel(/^Ala tai tutkinto/).fill("Talonrakennus");
    await page.getByLabel(/^Kuvaus/).fill(need);
    await page.getByRole("button", { name: "Tallenna osaamistarve" }).click();
    await expect.poll(() => page.locator("main").textContent()).toContain("Osaamistarve on ilmoitettu.");
    await logout(page);

    await login(page, "opettaja");
    await page.goto(pluginPath);
    await expectHeading(page, "Työelämäpassi");
    const form = page.getByRole("region", { name: "Uusi merkki" });
    await form.getByRole("button", { name: "Lisää uusi merkki" }).click();
    await form.getByLabel(/^Nimi suomeksi/).fill("Työmaan turvallisuus");
    await form.getByLabel(/^Nimi ruotsiksi/).fill("Säkerhet på byggplatsen");
    await expect.poll(() => form.getByLabel(/^Osoite/).inputValue()).toBe("tyomaan-turvallisuus");
    // Nothing else written: the server's complaints show at their fields, in Finnish.
    await form.getByRole("button", { name: "Lisää merkki luetteloon" }).click();
    await expect.poll(() => form.textContent()).toContain("Kuvaa merkki suomeksi.");
    await expect.poll(() => form.textContent()).toContain("Kirjoita kriteerit suomeksi.");
    await expectAccessible(page, "new badge form with errors (teacher)");
    await form.getByLabel(/^Kuvaus suomeksi/).fill("Toimii turvallisesti rakennustyömaalla.");
    await form.getByLabel(/^Kriteerit/).fill("Noudattaa työmaan turvallisuusohjeita viikon ajan.");
    await form.getByLabel(/^Osaamistavoitteet/).fill("Tunnistaa työmaan vaarat\nKäyttää suojaimia");
    await form.getByLabel(/^Vaadittava näyttö/).fill("Työnjohtajan kuvaus.");
    await form.getByLabel(`Savon Rakennuspalvelu Oy: Talonrakennus – ${need}`).check();
    await form.getByLabel(/^Paikalliset työelämätaidot/).fill("turvallisuus, rakentaminen");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 800 });
    await form.getByRole("button", { name: "Lisää merkki luetteloon" }).click();
    await expect.poll(() => form.textContent()).toContain("Merkki on lisätty luetteloon.");
    const created = page
      .getByRole("region", { name: "Merkkiluettelo" })
      .locator("li.card", { has: page.getByRole("heading", { name: "Työmaan turvallisuus", exact: true }) });
    await expect.poll(() => created.textContent()).toContain("Vastaa yritysten osaamistarpeisiin");
    await expect.poll(() => created.textContent()).toContain(need);
    await logout(page);

    await login(page, "yritys");
    await page.goto(pluginPath);
    const needs = page.getByRole("region", { name: "Yritysten osaamistarpeet" });
    const mine = needs.locator("li.card", { hasText: need });
    await expect.poll(() => mine.textContent()).toContain("Työmaan turvallisuus");
    await expectAccessible(page, "competence needs with their badges (company contact)");
  }, 120_000);

  it("shows a company's endorsement, what badges are worth, a shared passport and a university's rule", async () => {
    await login(page, "yritys");
    await page.goto(pluginPath);
    await expectHeading(page, "Työelämäpassi");
    const endorsed = page
      .getByRole("region", { name: "Merkkiluettelo" })
      .locator("li.card", { has: page.getByRole("heading", { name: "Yrittäjämäinen asenne", exact: true }) });
    await endorsed
      .getByLabel("Miksi yrityksesi suosittelee merkkiä?")
      .fill("Tarvitsemme aloitteellisia tekijöitä.");
    await endorsed.getByRole("button", { name: "Suosittele merkkiä" }).click();
    await expect.poll(() => endorsed.textContent()).toContain("Suosituksesi on tallennettu.");
    await expectAccessible(page, "catalogue with an endorsement (company contact)");
    await logout(page);

    const local = "Paikallisen elinkeinoelämän tuntemus";
    await login(page, "opiskelija");
    await page.goto(pluginPath);
    await expect
      .poll(() => page.getByRole("region", { name: "Merkkiluettelo" }).textContent())
      .toContain("Savon Rakennuspalvelu Oy: Tarvitsemme aloitteellisia tekijöitä.");
    const entry = page
      .getByRole("region", { name: "Merkkiluettelo" })
      .locator("li.card", { has: page.getByRole("heading", { name: local, exact: true }) });
    await entry.getByRole("button", { name: "Aloita tämä merkki" }).click();
    const mine = page
      .getByRole("region", { name: "Omat merkit" })
      .locator("li.card", { has: page.getByRole("heading", { name: local, exact: true }) });
    await mine.getByLabel("Kuvaus").fill("Vierailin kahdessa yrityksessä.");
    await mine.getByRole("button", { name: "Lisää näyttö" }).click();
    await expect.poll(() => mine.textContent()).toContain("Vierailin kahdessa yrityksessä.");
    await mine.getByRole("button", { name: "Lähetä arvioitavaksi" }).click();
    await expect.poll(() => mine.textContent()).toContain("Arvioitavana");
    await logout(page);

    // A catalogue keeper writes version 3 of a badge; learners who chose version 2 keep theirs.
    await login(page, "opettaja");
    await page.goto(pluginPath);
    const kept = page
      .getByRole("region", { name: "Merkkiluettelo" })
      .locator("li.card", { has: page.getByRole("heading", { name: badgeName, exact: true }) });
    await kept.getByRole("button", { name: "Kirjoita uusi versio" }).click();
    await kept.getByLabel("Kriteerit").fill("Palvelee asiakkaita kaksi viikkoa.");
    await expectAccessible(page, "new version form (teacher)");
    await kept.getByRole("button", { name: "Tallenna uusi versio" }).click();
    await expect.poll(() => kept.textContent()).toContain("Versio 3");
    await navTo(page, { name: "Merkkien arviointi", exact: true });
    const assessment = page.locator("li.card", { has: page.getByRole("heading", { name: local }) });
    await assessment.getByRole("button", { name: "Hyväksy ja myönnä merkki" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Merkki on myönnetty.");
    await logout(page);

    await login(page, "opiskelija");
    await page.goto(pluginPath);
    await expect
      .poll(() => page.getByRole("region", { name: "Merkkieni arvo korkeakouluissa" }).textContent())
      .toContain("Pohjanmaan ammattikorkeakoulu");
    const share = page.getByRole("region", { name: "Jaa passi" });
    await share.getByLabel(local).check();
    await share.getByRole("combobox", { name: "Linkki on voimassa" }).selectOption({ label: "12 kk" });
    await share.getByRole("button", { name: "Luo linkki" }).click();
    const linkField = share.getByLabel("Passin linkki");
    await linkField.waitFor();
    await expectAccessible(page, "passport with worth and sharing (student)");
    const link = new URL(await linkField.inputValue());
    await expect.poll(() => share.textContent()).toMatch(/voimassa \d{1,2}\.\d{1,2}\.\d{4} asti/);
    await logout(page);
    await page.goto(link.pathname);
    await expectHeading(page, "Työelämäpassi");
    await expect.poll(() => page.locator("main").textContent()).toContain("Merkki on aito ja voimassa.");
    await expectAccessible(page, "shared passport page");

    await login(page, "korkeakoulu");
    await navTo(page, { name: "Hyväksiluku", exact: true });
    await expectHeading(page, "Hyväksiluku");
    const form = page.getByRole("region", { name: "Lisää sääntö" });
    await form.getByLabel(local).check();
    await form.getByLabel("Opintopisteet").fill("3");
    await form.getByLabel("Kuvaus").fill("Hyväksiluetaan 3 op työelämäopintoja.");
    await form.getByRole("button", { name: "Lisää sääntö" }).click();
    await expect.poll(() => form.textContent()).toContain("Sääntö on lisätty.");
    await expect.poll(() => page.getByRole("region", { name: "Säännöt" }).textContent()).toContain("3 op");
    await expectAccessible(page, "credit rules (higher-education contact)");
  }, 180_000);

  it("says a file that is no badge is none, and offers the rule form to a university's contact only", async () => {
    await page.goto(verifyPath);
    await expectHeading(page, "Työelämäpassin merkin tarkistus");
    await page.getByRole("button", { name: "Tarkista merkki" }).click();
    await expect.poll(() => page.locator("#result").textContent()).toContain("Valitse ensin merkin tiedosto");
    await page.getByLabel("tai liitä merkin JSON").fill('{"name": "ostoslista", "items": [1, 2]}');
    await page.getByRole("button", { name: "Tarkista merkki" }).click();
    await page.locator("#result h2").waitFor();
    const details = (await page.locator("#result").textContent()) ?? "";
    expect(details).toContain("Tiedosto ei ole Open Badges 3.0 -merkki");
    expect(details).not.toMatch(/must have|required property|Allekirjoitus/);
    await expectAccessible(page, "verification of a file that is no badge");

    // kumppani is a partner's contact (no higher-education institution): the rules are to read only.
    await login(page, "kumppani");
    await page.goto(`${pluginPath}/credit`);
    await expectHeading(page, "Hyväksiluku");
    await expect
      .poll(() => page.locator("main").textContent())
      .toContain("Voit lukea voimassa olevat säännöt");
    expect(await page.getByRole("region", { name: "Lisää sääntö" }).count()).toBe(0);
    await expectAccessible(page, "credit rules to read (partner contact)");
  }, 120_000);

  it("fits the passport on a 390 px phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "opiskelija");
    await page.goto(pluginPath);
    await expectHeading(page, "Työelämäpassi");
    await card(page, "Merkkiluettelo").waitFor();
    await expectAccessible(page, "passport on a phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }, 60_000);
});
