/**
 * The core flows in a real browser against the real API, with axe on every page visited:
 * a tutor finds a student and adds a step (and sees a refused input kept and explained), switches
 * language and back, logs out; a student sees only their own page.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, openOwnPage, withPortal } from "./harness.ts";

const e2e = withPortal();

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? "");

describe("the portal in Chromium", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await e2e.open());
  });
  afterAll(() => context?.close());

  it("sends a visitor to the login page, in Finnish, and explains a wrong password", async () => {
    await page.goto("/");
    await page.waitForURL("**/login");
    await expectHeading(page, "Kirjaudu sisään");
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    await expectAccessible(page, "login");

    // Keyboard: on a fresh load the first Tab reaches the skip link, which moves focus to the main content.
    await page.goto("/login");
    await expectHeading(page, "Kirjaudu sisään");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Siirry pääsisältöön");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");

    await page.getByLabel("Käyttäjätunnus").fill("omaohjaaja");
    await page.getByLabel("Salasana").fill("not-the-password");
    await page.getByRole("button", { name: "Kirjaudu" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "Käyttäjätunnus tai salasana on väärä.",
    );
    // Nothing typed is lost: the username is still there to correct the password.
    expect(await page.getByLabel("Käyttäjätunnus").inputValue()).toBe("omaohjaaja");
    await expectAccessible(page, "login with an error");
  });

  it("lets the tutor search the students and open one", async () => {
    await login(page, "omaohjaaja");
    // Everyone lands on "Tänään"; the tutor goes on to the students from its card.
    await expectHeading(page, "Tänään");
    await page.getByRole("region", { name: "Opiskelijat" }).getByRole("link").click();
    await page.waitForURL("**/students");
    await expectHeading(page, "Opiskelijat");
    const nav = page.getByRole("navigation", { name: "Päävalikko" });
    await nav.getByRole("link", { name: "Opiskelijat", includeHidden: true }).waitFor({ state: "attached" });
    await page.getByRole("table").waitFor();
    await expectAccessible(page, "students list");

    // Search by the first listed student's last name; the list narrows to matching names.
    const firstLink = page.getByRole("table").getByRole("link").first();
    const [lastName] = ((await firstLink.textContent()) ?? "").split(",");
    await page.getByLabel("Hae nimellä").fill(lastName!.trim());
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    // The list narrows to matching names (the previous page stays on screen until the answer comes).
    await expect
      .poll(async () => {
        const names = await page.getByRole("table").getByRole("link").allTextContents();
        return names.length > 0 && names.every((name) => name.includes(lastName!.trim()));
      })
      .toBe(true);

    const studentName = ((await page.getByRole("table").getByRole("link").first().textContent()) ?? "")
      .split(",")
      .map((s) => s.trim())
      .reverse()
      .join(" ");
    // The whole name finds the one student, and the list says how many it found in all.
    await page.getByLabel("Hae nimellä").fill(studentName);
    await page.getByRole("button", { name: "Hae", exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /yhteensä 1\./ })
      .waitFor();
    await page.getByText("Opiskelijat, sivu 1/1", { exact: true }).waitFor();
    // One page needs no paging.
    expect(await page.getByRole("navigation", { name: "Sivutus" }).count()).toBe(0);
    await page.getByRole("table").getByRole("link").first().click();
    await page.waitForURL("**/students/*");
    await expectHeading(page, studentName);
    await page.getByRole("heading", { level: 2, name: "Polku" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Suostumukset ja luovutukset" }).waitFor();
    // Focus moves to the new page's heading, so a screen reader starts reading there.
    await expect.poll(() => focusedTag(page)).toBe("H1");
    // A tutor may not read the audit trail, so the page does not offer it.
    expect(await page.getByRole("heading", { name: "Lokitiedot" }).count()).toBe(0);
    await page
      .getByRole("region", { name: "Lisää polulle vaihe" })
      .getByLabel("Vaiheen tyyppi")
      .locator("option", { hasText: "Yksilövalmennus" })
      .waitFor({ state: "attached" });
    await expectAccessible(page, "student page");
  });

  it("lets the tutor record whether the student was in work the year before, and keeps it", async () => {
    const name = "Työssä koulutusta edeltäneenä vuonna";
    const form = page.getByRole("form", { name });
    await form.getByLabel(name).selectOption({ label: "Kyllä" });
    await form.getByRole("button", { name: "Tallenna" }).click();
    const saved = form.getByRole("status").filter({ hasText: "Tallennettu." });
    await saved.waitFor();
    // The confirmation takes focus, so a screen reader hears it.
    await expect.poll(() => saved.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, "student page after recording the work history");
    await page.reload();
    await page.getByRole("form", { name }).waitFor();
    expect(await page.getByRole("form", { name }).getByLabel(name).inputValue()).toBe("yes");
  });

  it("keeps a refused step in the form with the reason, then adds a correct one", async () => {
    const form = page.getByRole("region", { name: "Lisää polulle vaihe" });
    await form.getByLabel("Vaiheen tyyppi").selectOption("coaching-session");
    await form.getByLabel("Alkupäivä").fill("2026-11-24");
    await form.getByLabel("Loppupäivä").fill("2026-11-01");
    await form.getByLabel("Muistiinpano").fill("Valmennus e2e");
    await form.getByRole("button", { name: "Lisää vaihe" }).click();

    // The API refuses an end before the start: the reason shows at the field, and nothing is lost.
    const endError = form.locator(".field-error");
    await endError.waitFor();
    expect(await endError.textContent()).toContain("päättymispäivä on ennen alkamispäivää");
    expect(await form.getByLabel("Loppupäivä").getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByLabel("Muistiinpano").inputValue()).toBe("Valmennus e2e");
    await expectAccessible(page, "student page with a refused step");

    await form.getByLabel("Loppupäivä").fill("2026-12-15");
    await form.getByRole("button", { name: "Lisää vaihe" }).click();
    await page.getByRole("status").filter({ hasText: "Vaihe lisätty polulle." }).waitFor();
    const timeline = page.getByRole("list", { name: "Polun vaiheet aikajärjestyksessä" });
    const step = timeline.getByRole("listitem").filter({ hasText: "Valmennus e2e" });
    await step.waitFor();
    // Dates in Finnish format, the kind by its title in the current language.
    expect(await step.textContent()).toContain("24.11.2026 – 15.12.2026");
    await step.getByRole("heading", { name: /Yksilövalmennus/ }).waitFor();
    expect(await form.getByLabel("Muistiinpano").inputValue()).toBe("");
    await expectAccessible(page, "student page after adding a step");
  });

  it("corrects the step with a reason, then cancels it, keeping both on the pathway, also on a phone", async () => {
    const timeline = page.getByRole("list", { name: "Polun vaiheet aikajärjestyksessä" });
    const step = timeline.getByRole("listitem").filter({ hasText: "Valmennus e2e" });
    await step.getByText("Korjaa tai peru merkintä").click();
    const correction = step.getByRole("form", { name: /^Merkinnän korjaus/ });
    await correction.getByLabel("Loppupäivä").fill("2026-12-19");
    await correction.getByRole("button", { name: "Tallenna korjaus" }).click();
    // Without a reason nothing changes, and the form says so at the field.
    await correction.locator(".field-error").waitFor();
    expect(await correction.getByLabel("Loppupäivä").inputValue()).toBe("2026-12-19");
    await correction.getByLabel(/^Syy/).fill("Jakso jatkui viikolla");
    await correction.getByRole("button", { name: "Tallenna korjaus" }).click();
    await page.getByRole("status").filter({ hasText: "Merkintä korjattu." }).waitFor();
    const corrected = timeline.getByRole("listitem").filter({ hasText: "Valmennus e2e" });
    await corrected.getByText("24.11.2026 – 19.12.2026").waitFor();
    await corrected.getByText(/Jakso jatkui viikolla/).waitFor();
    await expectAccessible(page, "student page after correcting a step");

    await page.setViewportSize({ width: 390, height: 844 });
    await corrected.getByText("Korjaa tai peru merkintä").click();
    const cancel = corrected.getByRole("form", { name: /^Peru merkintä/ });
    await cancel.getByLabel(/^Perumisen syy/).fill("Kirjattu kahdesti");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await cancel.getByRole("button", { name: "Peru merkintä" }).click();
    await page.getByRole("status").filter({ hasText: "Merkintä peruttu." }).waitFor();
    const cancelled = timeline.getByRole("listitem").filter({ hasText: "Valmennus e2e" });
    await cancelled.getByText("Peruttu", { exact: true }).first().waitFor();
    await cancelled.getByText(/Kirjattu kahdesti/).waitFor();
    await expectAccessible(page, "student page on a phone after cancelling a step");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("returns a visitor who had to log in to the page they asked for", async () => {
    const { page: other } = await e2e.open();
    try {
      await other.goto("/attendance");
      await expectHeading(other, "Kirjaudu sisään");
      await other.getByLabel("Käyttäjätunnus").fill("opettaja");
      await other.getByLabel("Salasana").fill("polku-demo");
      await other.getByRole("button", { name: "Kirjaudu" }).click();
      await other.waitForURL("**/attendance");
      await expectHeading(other, /\S/);
    } finally {
      await other.context().close();
    }
  });

  it("switches to Swedish and back, with <html lang> following", async () => {
    await page.getByRole("button", { name: "svenska" }).click();
    await page.getByRole("heading", { level: 2, name: "Stig" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await page
      .getByRole("navigation", { name: "Huvudmeny" })
      .getByRole("link", { name: "Studerande", includeHidden: true })
      .waitFor({ state: "attached" });
    await expectAccessible(page, "student page in Swedish");

    await page.getByRole("button", { name: "suomi" }).click();
    await page.getByRole("heading", { level: 2, name: "Polku" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fi");
  });

  it("logs out", async () => {
    await logout(page);
    await expectAccessible(page, "login after logout");
    // The session is gone: the students list sends back to the login page.
    await page.goto("/students");
    await page.waitForURL("**/login");
  });

  it("shows a student only their own page", async () => {
    await login(page, "opiskelija");
    // The previous test asked for /students without a session, so the login returned there: start at home.
    await page.goto("/");
    await openOwnPage(page);
    const heading = await expectHeading(page, /\S/);
    const ownName = ((await heading.textContent()) ?? "").trim();
    const nav = page.getByRole("navigation", { name: "Päävalikko" });
    await nav.getByRole("link", { name: "Etusivu" }).waitFor();
    expect(await nav.getByRole("link", { name: "Opiskelijat", includeHidden: true }).count()).toBe(0);
    await page.getByRole("heading", { level: 2, name: "Lokitiedot" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Polku" }).waitFor();
    // A student reads but does not write the pathway.
    expect(await page.getByRole("button", { name: "Lisää vaihe" }).count()).toBe(0);
    // The trail in words, without the student's own views until asked, and no procedure names.
    const trail = page.getByRole("region", { name: "Lokitiedot" });
    await trail.getByRole("checkbox", { name: "Näytä myös omat katseluni" }).check();
    const lines = trail.getByRole("list", { name: "Lokimerkinnät uusimmasta vanhimpaan" });
    await lines.getByText("Katsoi: perustiedot").first().waitFor();
    expect(await lines.textContent()).not.toMatch(/\b[a-z]+\.[a-zA-Z]+\b/);
    await trail.getByRole("combobox", { name: "Kuka" }).selectOption({ label: "Kumppanit" });
    await trail.getByText("Ei lokimerkintöjä.").waitFor();
    await trail.getByRole("combobox", { name: "Kuka" }).selectOption({ label: "Kaikki" });
    await expectAccessible(page, "the student's own page");

    // Even the list, opened by its address, holds only the student themself.
    await page.goto("/students");
    await expectHeading(page, "Opiskelijat");
    await page.getByRole("table").waitFor();
    const names = await page.getByRole("table").getByRole("link").allTextContents();
    expect(names).toHaveLength(1);
    expect(
      names[0]!
        .split(",")
        .map((s) => s.trim())
        .reverse()
        .join(" "),
    ).toBe(ownName);
    await expectAccessible(page, "the student's list");
    await logout(page);
  });
});
