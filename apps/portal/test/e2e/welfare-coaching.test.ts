/**
 * Student welfare and coaching in a real browser: a tutor refers a student to the counsellor; the
 * counsellor (kuraattori) sees the referral in the queue and takes it on; the tutor cannot open it.
 * Then the coaching pages: the tutor's sessions, a session with a note, and the student's own page
 * with the support team's contacts. Axe runs on every page.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, openOwnPage, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "core-only" });

const reason = "Opiskelija on ollut väsynyt ja toivoo keskustelua.";

describe("student welfare referral", () => {
  let page: Page;
  let studentName = "";
  let studentPath = "";
  let referralPath = "";

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("lets the tutor refer a student to the counsellor from the student's page", async () => {
    await login(page, "omaohjaaja");
    await page.goto("/students");
    await expectHeading(page, "Opiskelijat");
    // A student further down the list: the demo's own referrals are for the first student and a minor.
    const link = page.getByRole("table").getByRole("link").nth(5);
    const listed = (await link.textContent())!.trim();
    const [lastName, firstName] = listed.split(", ");
    studentName = `${firstName} ${lastName}`;
    await link.click();
    await expectHeading(page, studentName);
    studentPath = new URL(page.url()).pathname;
    await page
      .getByRole("region", { name: "Opiskeluhuolto" })
      .getByText("Avoimia opiskeluhuollon ohjauksia: 0")
      .waitFor();
    await expectAccessible(page, "student page (tutor)");

    await page.getByRole("link", { name: "Ohjaa opiskeluhuoltoon" }).click();
    await expectHeading(page, `Ohjaus opiskeluhuoltoon: ${studentName}`);
    const form = page.getByRole("form", { name: `Ohjaus opiskeluhuoltoon: ${studentName}` });
    await form.getByRole("combobox", { name: /^Palvelu/ }).selectOption({ label: "Kuraattori" });
    await form.getByLabel("Syy ja tilanne").fill(reason);
    await form.getByRole("checkbox", { name: /Opiskelija sallii/ }).check();
    await expectAccessible(page, "referral form");
    await form.getByRole("button", { name: "Lähetä ohjaus" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Ohjaus on lähetetty opiskeluhuoltoon.");
    await expectAccessible(page, "referral form after sending");

    // The student allowed disclosure: the tutor sees that one referral is open, nothing more.
    await page.goto(studentPath);
    await expectHeading(page, studentName);
    await page.getByText("Avoimia opiskeluhuollon ohjauksia: 1").waitFor();
    expect(await page.getByText(reason).count()).toBe(0);
    await logout(page);
  });

  it("shows the referral in the counsellor's queue and lets the counsellor take it on", async () => {
    await login(page, "kuraattori");
    await navTo(page, { name: "Opiskeluhuolto" });
    await expectHeading(page, "Opiskeluhuollon ohjaukset");
    await expectAccessible(page, "welfare queue");
    await page.getByRole("table").getByRole("link", { name: studentName }).last().click();
    await expectHeading(page, `Ohjaus: ${studentName}`);
    await page.getByText(reason).waitFor();
    referralPath = new URL(page.url()).pathname;
    await expectAccessible(page, "referral (counsellor)");

    const form = page.getByRole("form", { name: "Päivitä ohjaus" });
    await form.getByRole("combobox", { name: "Tila" }).selectOption({ label: "Käsittelyssä" });
    await form.getByLabel("Opiskeluhuollon muistiinpano").fill("Tapaaminen sovittu ensi viikolle.");
    await form.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Ohjaus on päivitetty.");
    await expectAccessible(page, "referral after the update");
    await logout(page);
  });

  it("does not let the tutor open the referral or the queue", async () => {
    expect(referralPath).toMatch(/^\/welfare\/referrals\//);
    await login(page, "omaohjaaja");
    expect(
      await page
        .getByRole("navigation")
        .getByRole("link", { name: "Opiskeluhuolto", includeHidden: true })
        .count(),
    ).toBe(0);
    await page.goto(referralPath);
    await page.getByRole("alert").getByText("Roolisi ei salli tätä toimintoa.").waitFor();
    expect(await page.getByText(reason).count()).toBe(0);
    await expectAccessible(page, "referral refused to the tutor");
    await page.goto("/welfare");
    await page.getByRole("alert").getByText("Roolisi ei salli tätä toimintoa.").waitFor();
    await expectAccessible(page, "welfare queue refused to the tutor");
    await logout(page);
  });
});

describe("coaching", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("shows the tutor's upcoming sessions, a session with participants, and takes a note", async () => {
    await login(page, "omaohjaaja");
    await navTo(page, { name: "Ohjaus" });
    await expectHeading(page, "Ohjaustapaamiset");
    await expectAccessible(page, "coaching front page");
    await page.getByRole("link", { name: "Ensimmäisen vuoden ryhmävalmennus" }).first().click();
    await expectHeading(page, "Ensimmäisen vuoden ryhmävalmennus");
    await page.getByRole("region", { name: "Osallistujat" }).getByRole("rowheader").first().waitFor();
    await expectAccessible(page, "group session");

    const form = page.getByRole("form", { name: "Lisää muistiinpano" });
    await form.getByRole("combobox", { name: /^Opiskelija/ }).selectOption({ index: 1 });
    const options = await form
      .getByRole("combobox", { name: /^Näkyvyys/ })
      .locator("option")
      .allTextContents();
    expect(options).toEqual(["Tukijoukkue (myös opiskelija ja huoltaja)", "Vain henkilöstö"]);
    await form.getByLabel("Muistiinpano", { exact: true }).fill("Ryhmässä hyvä tunnelma.");
    await form.getByRole("button", { name: "Tallenna muistiinpano" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Muistiinpano on tallennettu.");
    await page.getByText("Ryhmässä hyvä tunnelma.").waitFor();
    await expectAccessible(page, "group session after a note");

    await page.goto("/coaching/new");
    await expectHeading(page, "Uusi ohjaustapaaminen");
    await expectAccessible(page, "new coaching session form");
    await logout(page);
  });

  it("shows the student their support team with contacts and only team notes", async () => {
    await login(page, "opiskelija");
    await openOwnPage(page);
    const team = page.getByRole("region", { name: "Tukijoukkue ja yhteystiedot" });
    await team.getByRole("link", { name: "omaohjaaja@demo.polku.invalid" }).waitFor();
    await team.getByRole("link", { name: "040 123 4567" }).waitFor();
    const notes = page.getByRole("list", { name: "Muistiinpanot, uusin ensin" });
    await notes.getByRole("listitem").first().waitFor();
    expect(await notes.getByText("Vain henkilöstö").count()).toBe(0);
    expect(await notes.getByText("Vain opiskeluhuolto").count()).toBe(0);
    expect(await page.getByText("Ohjaa opiskeluhuoltoon").count()).toBe(0);
    await expectAccessible(page, "student's own page");
    await logout(page);
  });
});
