/**
 * Seed 000's path in a real browser: a tutor hands a graduate over under the service agreement, on a
 * consent covering career goals and work trials; the workshop coach sees only those parts of the packet
 * and records a work trial at Savon Rakennuspalvelu Oy; the company contact sees the coachee on its
 * home card, on a phone, and gives feedback; the coach reads it and records the job with its evidence,
 * which ends the path; the tutor sees the outcome. Before the handover the tutor writes the continuation
 * plan with the student (it shows on the student page and goes with the packet), and the coach records
 * wage-subsidised work with a unit of the qualification alongside it. Axe runs on every page.
 */
import { sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });
const plugin = "/p/esedu-workshop-handover";
const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const finnish = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}.${m}.${y}`;
};

describe("continuation path through a work trial to a job (Esedu)", () => {
  let page: Page;
  let name = ""; // "Firstname Lastname"
  let listed = ""; // "Lastname, Firstname"

  beforeEach(async () => {
    ({ page } = await e2e.open());
    page.on("dialog", (dialog) => void dialog.accept());
  });
  afterEach(() => page?.context().close());

  const openHandover = async () => {
    await page.goto(plugin);
    await expectHeading(page, "Valmistuvan opiskelijan jatkopolutus");
    await page.getByRole("link", { name: listed }).click();
    await expectHeading(page, `Jatkopolku: ${name}`);
  };

  it("hands a graduate over under the agreement, with a consent covering career goals and work trials", async () => {
    await login(page, "omaohjaaja");
    await page.goto(plugin);
    await expectHeading(page, "Valmistuvan opiskelijan jatkopolutus");
    const candidates = page.getByRole("table", {
      name: "Valmistuvat opiskelijat, joita ei ole vielä siirretty työpajaan",
    });
    await candidates.getByRole("rowheader").first().waitFor();
    // The first graduate with no job or study place recorded yet (some of the demo's have one).
    const placed = new Set(
      rowsOf<{ name: string }>(
        await e2e.db().execute(sql`select s.last_name || ', ' || s.first_name as name from student s
          where exists (select 1 from outcome o where o.provider_id = s.provider_id and o.student_id = s.id
            and o.kind in ('employed','entrepreneur','wage_subsidised_work','higher_education','vocational_studies'))`),
      ).map((r) => r.name),
    );
    const names = (await candidates.getByRole("rowheader").allTextContents()).map((t) => t.trim());
    listed = names.find((n) => !placed.has(n))!;
    const [lastName, firstName] = listed.split(", ");
    name = `${firstName} ${lastName}`;
    // Still studying and graduating within a month: the continuation plan is written with the student first.
    const [student] = rowsOf<{ id: string }>(
      await e2e
        .db()
        .execute(sql`update student set expected_graduation = current_date + 20, study_right_state = 'lasna'
        where first_name = ${firstName} and last_name = ${lastName} returning id`),
    );
    await navTo(page, { name: "Valmistuvien jatkosuunnitelmat" });
    await expectHeading(page, "Jatkosuunnitelmat ennen valmistumista");
    await page
      .getByRole("combobox", { name: /^Valmistuu seuraavien/ })
      .selectOption({ label: "1 kuukauden aikana" });
    await expect.poll(() => page.getByRole("main").textContent()).toContain(listed);
    const planRow = page.getByRole("row").filter({ hasText: listed });
    await planRow.getByRole("button", { name: /Kirjaa suunnitelma/ }).click();
    const planForm = page.getByRole("form", { name: `Jatkosuunnitelma: ${name}` });
    await planForm
      .getByRole("combobox", { name: /^Suunniteltu jatkopolku/ })
      .selectOption({ label: "Nuorten työpaja" });
    await planForm.getByLabel("Tavoite opiskelijan sanoin").fill("Työkokeilun kautta asentajan työhön.");
    await expectAccessible(page, "the continuation plan form");
    await planForm.getByRole("button", { name: "Tallenna suunnitelma" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain(`Jatkosuunnitelma on tallennettu: ${name}.`);
    await expect
      .poll(() => planRow.textContent())
      .toContain("Nuorten työpaja: Työkokeilun kautta asentajan työhön.");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, "graduates' continuation plans (phone)");
    await page.setViewportSize({ width: 1280, height: 800 });
    // It is in the student's goals on the student page.
    await page.goto(`/students/${student!.id}`);
    const section = page.getByRole("region", { name: "Jatkosuunnitelma valmistumisen jälkeen" });
    await expect.poll(() => section.textContent()).toContain("Työkokeilun kautta asentajan työhön.");
    await expectAccessible(page, "student page with the continuation plan");
    await page.goto(plugin);
    await expectHeading(page, "Valmistuvan opiskelijan jatkopolutus");
    // Its graduation day moved, so its place in the list did too: found by name.
    await page
      .getByRole("table", { name: "Valmistuvat opiskelijat, joita ei ole vielä siirretty työpajaan" })
      .getByRole("row")
      .filter({ hasText: listed })
      .getByRole("button", { name: /Siirrä työpajaan/ })
      .click();
    const form = page.getByRole("form", { name: `Siirto työpajaan: ${name}` });
    await form.getByRole("combobox", { name: /^Työpaja/ }).selectOption({ label: "Nuorten työpaja Verstas" });
    // The one agreement in force with the workshop is chosen for the tutor.
    await expect
      .poll(() => form.getByRole("combobox", { name: /^Palvelusopimus/ }).inputValue())
      .not.toBe("");
    await form.getByLabel("Uratavoitteet").first().check();
    await form.getByLabel("Tietojen näyttäminen työkokeiluyritykselle kokeilun ajan").check();
    await form.getByRole("textbox", { name: "Uratavoitteet" }).fill("Asentajaksi rakennusalalle.");
    await expect
      .poll(() => form.textContent())
      .toContain(
        "ennen valmistumista tehty jatkosuunnitelma: Nuorten työpaja: Työkokeilun kautta asentajan työhön.",
      );
    await expectAccessible(page, "handover form with the packet");
    await form.getByRole("button", { name: "Tallenna siirto" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain(`${name} on siirretty`);
    await logout(page);
  });

  it("shows the coach only the covered packet and records a work trial at the company", async () => {
    await login(page, "valmentaja");
    await openHandover();
    const packet = page.getByRole("region", { name: "Siirtotiedot" });
    await expect.poll(() => packet.textContent()).toContain("Asentajaksi rakennusalalle.");
    // The plan made before graduation came with the career goals.
    expect(await packet.textContent()).toContain("Nuorten työpaja: Työkokeilun kautta asentajan työhön.");
    expect(await packet.textContent()).toContain("Suostumus ei kata tätä tietoa.");
    const form = page.getByRole("form", { name: "Kirjaa työkokeilu" });
    await form.getByRole("combobox", { name: /^Yritys/ }).selectOption({ label: "Savon Rakennuspalvelu Oy" });
    await form.getByLabel("Alkaa").fill(day(0));
    await form.getByLabel("Päättyy").fill(day(21));
    await form.getByLabel("Tavoitteet").fill("Työmaan perustyöt ja työturvallisuus");
    await form.getByRole("button", { name: "Tallenna työkokeilu" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Työkokeilu on kirjattu");
    const trials = page.getByRole("table", { name: "Työkokeilut" });
    await trials.getByRole("rowheader", { name: "Savon Rakennuspalvelu Oy" }).waitFor();
    expect(await trials.textContent()).toContain(finnish(day(21)));
    await expectAccessible(page, "handover detail with a work trial");
    // Wage-subsidised work on the TE services' decision, with a unit of the qualification alongside it.
    const wage = page.getByRole("form", { name: "Kirjaa palkkatuettu työ" });
    await wage
      .getByRole("combobox", { name: /^Työnantaja/ })
      .selectOption({ label: "Savon Rakennuspalvelu Oy" });
    await wage.getByLabel(/^Alkaa/).fill(day(30));
    await wage.getByLabel(/^Päättyy/).fill(day(210));
    await wage.getByLabel(/^Päätöksen numero/).fill("TE-2026-1187");
    await wage.getByLabel(/^Päätöksen päivä/).fill(day(-3));
    await wage.getByLabel(/^Päättäjän nimi/).fill("Etelä-Savon TE-palvelut");
    await wage
      .getByRole("group", { name: /osa kerrallaan/ })
      .getByRole("checkbox")
      .first()
      .check();
    await expectAccessible(page, "the wage-subsidised work form");
    await wage.getByRole("button", { name: "Kirjaa palkkatuettu työ" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Palkkatuettu työ on kirjattu.");
    const periods = page.getByRole("table", { name: "Palkkatuetun työn jaksot" });
    await expect.poll(() => periods.textContent()).toContain("nro TE-2026-1187");
    expect(await periods.textContent()).toContain("Suunniteltu");
    await expectAccessible(page, "handover detail with wage-subsidised work");
    await logout(page);
  });

  it("lets the company contact give feedback on a phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "yritys");
    await expectHeading(page, "Tänään");
    const card = page.getByRole("region", { name: "Työkokeilijat" });
    await card.getByRole("link", { name }).click();
    await expectHeading(page, "Työkokeilijat");
    const form = page.getByRole("form", { name: `Palaute työpajalle: ${name}` });
    // Sent empty, the feedback is refused at its field, in Finnish.
    await form.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect.poll(() => form.textContent()).toContain("Kirjoita, miten työkokeilu sujui.");
    await form.getByLabel("Palaute työpajalle").fill("Täsmällinen ja oppii nopeasti.");
    await form.getByLabel("Voisimme palkata tai ottaa palkkatuettuun työhön").check();
    await form.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Kiitos");
    // Usable on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, "company's work trials (phone)");
    await logout(page);
  });

  it("lets the coach read the feedback and record the job, which ends the path", async () => {
    await login(page, "valmentaja");
    await openHandover();
    const trials = page.getByRole("table", { name: "Työkokeilut" });
    await expect.poll(() => trials.textContent()).toContain("Täsmällinen ja oppii nopeasti.");
    const form = page.getByRole("form", { name: "Kirjaa sijoittuminen" });
    await form.getByRole("combobox", { name: /^Sijoittuminen/ }).selectOption("employed");
    await form.getByLabel(/^Päivämäärä/).fill(day(-70));
    await form.getByLabel(/^Työsuhteen kesto/).fill("2");
    await form.getByRole("combobox", { name: /^Näyttö/ }).selectOption({ label: "Työsopimus" });
    await expectAccessible(page, "outcome form");
    await form.getByRole("button", { name: "Tallenna sijoittuminen" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Sijoittuminen on kirjattu ja jatkopolku päättynyt.");
    await expectAccessible(page, "handover after the outcome (coach)");
    // The workshop's own view: its coachees with next steps and deadlines, results, the calendar feed.
    await page.goto(plugin);
    await expectHeading(page, "Valmistuvan opiskelijan jatkopolutus");
    const results = page.getByRole("region", { name: "Tulokset puolivuosittain" });
    await results.getByRole("row").nth(1).waitFor();
    await page.getByRole("button", { name: "Luo kalenterisyöte" }).click();
    const address = page.getByRole("textbox", { name: "Syötteen osoite" });
    await expect
      .poll(() => address.inputValue())
      .toMatch(/\/public\/esedu-workshop-handover\/calendar\/[\w-]{43}\.ics$/);
    const feed = await page.request.get(await address.inputValue());
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    await expectAccessible(page, "coach's front page with results and the calendar feed");
    await logout(page);

    await login(page, "omaohjaaja");
    await openHandover();
    const outcomes = page.getByRole("table", { name: "Sijoittuminen" });
    await outcomes.getByRole("rowheader", { name: "Työllistynyt" }).waitFor();
    const row = await outcomes.getByRole("row").nth(1).textContent();
    expect(row).toContain("Työsopimus");
    expect(row).toContain("Nuorten työpaja Verstas");
    await expectAccessible(page, "ended handover (tutor)");
  });

  it("offers the coachee the anonymous self-assessment", async () => {
    await login(page, "opiskelija");
    await navTo(page, { name: "Itsearvio" });
    await expectHeading(page, "Itsearvio työpajajakson lopussa");
    await expectAccessible(page, "self-assessment (student)");
  });
});
