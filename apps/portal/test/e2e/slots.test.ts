/**
 * The portal's slots in Chromium: each role's home page is built from the cards it may see; the
 * student page is a page of sections with links to each, a plugin's section shows only to the roles
 * its permission names, and a failing section shows its own error with a retry while the rest render.
 * On a 390 px phone neither page scrolls sideways. Axe checks every page visited.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, withPortal } from "./harness.ts";

const e2e = withPortal();

const cardTitles = (page: Page) =>
  page.getByRole("list", { name: "Etusivun kortit" }).getByRole("heading", { level: 2 }).allTextContents();

const sectionLinks = (page: Page) =>
  page.getByRole("navigation", { name: "Sivun osiot" }).getByRole("link").allTextContents();

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * Answers one procedure of the API's batched calls with a failure, leaving the others as the API
 * answered them: a failing part of a page among working ones, as a user would meet it.
 */
async function failProcedure(page: Page, procedure: string, data: Record<string, unknown>) {
  await page.route("**/trpc/**", async (route) => {
    const paths = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/trpc\//, "")).split(
      ",",
    );
    const at = paths.indexOf(procedure);
    if (at === -1) return route.continue();
    const response = await route.fetch();
    const body = (await response.json()) as unknown[];
    body[at] = {
      error: { message: "Not found.", code: -32004, data: { httpStatus: 404, path: procedure, ...data } },
    };
    await route.fulfill({ response, json: body });
  });
}

async function openFirstStudent(page: Page) {
  await page.goto("/students");
  await expectHeading(page, "Opiskelijat");
  await page.getByRole("table").getByRole("link").first().click();
  await page.waitForURL("**/students/*");
  await page.getByRole("navigation", { name: "Sivun osiot" }).waitFor();
}

describe("slots in the portal", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("gives each role a home page of its own cards", async () => {
    const expected: Record<string, { has: string[]; hasNot: string[] }> = {
      omaohjaaja: {
        has: ["Opiskelijat", "Läsnäolo", "Seuraavat ohjaustapaamiset"],
        hasNot: ["Omat tiedot", "Uudet ohjaukset", "Poissaoloilmoitukset", "Rahoitussopimukset"],
      },
      huoltaja: {
        has: ["Omat tiedot", "Poissaoloilmoitukset"],
        hasNot: ["Opiskelijat", "Läsnäolo", "Siirretyt opiskelijat"],
      },
      kuraattori: { has: ["Opiskelijat", "Uudet ohjaukset"], hasNot: ["Omat tiedot", "Läsnäolo"] },
      valmentaja: {
        has: ["Opiskelijat", "Siirretyt opiskelijat", "Rahoitussopimukset"],
        hasNot: ["Seuraavat ohjaustapaamiset"],
      },
      rahoitus: { has: ["Rahoitussopimukset", "Rahoitusmallit"], hasNot: ["Opiskelijat"] },
    };
    for (const [user, cards] of Object.entries(expected)) {
      await login(page, user);
      await expectHeading(page, "Tänään");
      await expect.poll(() => cardTitles(page)).toEqual(expect.arrayContaining(cards.has));
      const titles = await cardTitles(page);
      for (const title of cards.hasNot) expect(titles, `${user} sees "${title}"`).not.toContain(title);
      // Each card loads its own data: wait until none still says "Ladataan…".
      await expect.poll(() => page.getByText("Ladataan…").count()).toBe(0);
      await expectAccessible(page, `home page (${user})`);
      await logout(page);
    }
  });

  it("leads a guardian from the home page to the absence notices, on a phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "huoltaja");
    const card = page.getByRole("region", { name: "Poissaoloilmoitukset" });
    await card.getByText(/kuitat|kuittaustasi/).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await card.getByRole("link", { name: "Poissaoloilmoituksiin" }).click();
    await expectHeading(page, "Poissaoloilmoitukset");
  });

  it("shows the tutor the sections with links to each, the plugin's among them", async () => {
    await login(page, "omaohjaaja");
    await openFirstStudent(page);
    const links = await sectionLinks(page);
    expect(links).toEqual(
      expect.arrayContaining([
        "Perustiedot",
        "Polku",
        "Opintojen alku",
        "HOKS",
        "Suostumukset ja luovutukset",
      ]),
    );
    // A tutor may not read the audit trail: neither its link nor its section is there.
    expect(links).not.toContain("Lokitiedot");
    // In the order the contributions ask for: the plugin's checklist between the pathway and the HOKS.
    expect(links.indexOf("Opintojen alku")).toBeGreaterThan(links.indexOf("Polku"));
    expect(links.indexOf("Opintojen alku")).toBeLessThan(links.indexOf("HOKS"));

    // A link moves focus to its section's heading (a screen reader reads on from there) and keeps the address.
    await page.getByRole("navigation", { name: "Sivun osiot" }).getByRole("link", { name: "HOKS" }).click();
    await expect
      .poll(() =>
        page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`),
      )
      .toBe("H2 HOKS");
    expect(new URL(page.url()).hash).toBe("#hoks-plan");
    await page.getByRole("region", { name: "Opintojen alku" }).getByRole("paragraph").first().waitFor();
    await expectAccessible(page, "student page with sections");

    // The address with the section, opened afresh (a shared link), shows that section.
    await page.goto(page.url());
    const hoks = page.getByRole("heading", { level: 2, name: "HOKS" });
    await hoks.waitFor();
    await expect
      .poll(() => hoks.evaluate((h) => h.getBoundingClientRect().top < window.innerHeight))
      .toBe(true);
  });

  it("does not show the plugin's section to a role without its permission", async () => {
    await login(page, "valmentaja");
    await openFirstStudent(page);
    const links = await sectionLinks(page);
    expect(links).toContain("Polku");
    expect(links).not.toContain("Opintojen alku");
    expect(await page.getByRole("region", { name: "Opintojen alku" }).count()).toBe(0);
    await expectAccessible(page, "student page (coach)");
  });

  it("shows a failing section's error in Finnish with a retry, and the other sections", async () => {
    await login(page, "omaohjaaja");
    // A failure a second try may mend (the server's); one that cannot (NOT_FOUND, FORBIDDEN) offers none.
    await failProcedure(page, "earlyWarning.forStudent", { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 });
    await openFirstStudent(page);
    const failing = page.getByRole("region", { name: "Ennakkovaroitukset" });
    const alert = failing.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "Jotain meni vikaan. Mitään ei tallennettu; yritä uudelleen.",
    );
    // The rest of the page works: the pathway's timeline and the HOKS are there.
    await page.getByRole("list", { name: "Polun vaiheet aikajärjestyksessä" }).waitFor();
    await page.getByRole("region", { name: "HOKS" }).getByRole("button").first().waitFor();
    await expectAccessible(page, "student page with a failing section");

    await page.unrouteAll({ behavior: "wait" });
    await alert.getByRole("button", { name: "Yritä uudelleen" }).click();
    await expect.poll(() => failing.getByRole("alert").count()).toBe(0);
    expect(await failing.textContent()).not.toContain("Ladataan…");
  });

  it("draws the student page when the step kinds fail to load, with the form saying why", async () => {
    // Before the sections had boundaries, this failure left the whole page on "Ladataan…".
    await login(page, "omaohjaaja");
    await failProcedure(page, "deployment.stepKinds", { code: "INTERNAL_SERVER_ERROR" });
    await openFirstStudent(page);
    const form = page.getByRole("region", { name: "Lisää polulle vaihe" });
    await form.getByRole("alert").waitFor();
    await page.getByRole("heading", { level: 2, name: "Suostumukset ja luovutukset" }).waitFor();
  });

  it('says so when a page\'s code fails to load, instead of staying on "Ladataan…"', async () => {
    await login(page, "omaohjaaja");
    // As after a new version replaced the files this tab knew, or with the network gone.
    await page.route("**/assets/NotFound-*.js", (route) => route.abort());
    await page.goto("/no-such-page");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Sivua ei saatu ladattua.");
    await alert.getByRole("button", { name: "Lataa sivu uudelleen" }).waitFor();
    await expectAccessible(page, "a page that failed to load");
  });

  it("fits the student page and the home page on a 390 px phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "omaohjaaja");
    await expectHeading(page, "Tänään");
    await expect.poll(() => page.getByText("Ladataan…").count()).toBe(0);
    expect(await noSidewaysScroll(page)).toBe(true);
    await openFirstStudent(page);
    await page.getByRole("list", { name: "Polun vaiheet aikajärjestyksessä" }).waitFor();
    await expect.poll(() => page.getByText("Ladataan…").count()).toBe(0);
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectAccessible(page, "student page on a phone");
  });
});
