/**
 * End-to-end harness: the real API (on an in-memory PGlite with the demo region) serving the built
 * portal, and Debian's Chromium driven by playwright-core. Shared by every e2e flow, including flows
 * plugins add (e.g. the workshop handover): start, log in, check each page with axe.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { createTestDb, type TestDb } from "@polku/db/testing";
import { startPolku } from "@polku/host";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const portalDist = fileURLToPath(new URL("../../dist", import.meta.url));
export const DEMO_PASSWORD = "polku-demo";

/** The WCAG 2.1 A and AA rules: the law for public-sector services in Finland. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface RunningPortal {
  readonly url: string;
  /** The owner's connection, for a test to set up what no page can (e.g. a session near its end). */
  readonly db: TestDb["db"];
  close(): Promise<void>;
}

/** The API on a free loopback port, serving dist/. The deployment is the one the portal was built for. */
/** What a test file may set on the portal it starts: the deployment, and settings by their environment names. */
export interface PortalOptions {
  readonly deployment?: string;
  /** E.g. `POLKU_SMTP_URL` of a test's own SMTP server, so its emails can be read. */
  readonly env?: Readonly<Record<string, string>>;
}

export async function startPortal(options: PortalOptions = {}): Promise<RunningPortal> {
  if (!existsSync(`${portalDist}/index.html`)) {
    throw new Error(
      `The portal is not built (${portalDist} has no index.html). Run "pnpm --filter @polku/portal build", or the tests through turbo, which builds first.`,
    );
  }
  const database = await createTestDb("pglite");
  const running = await startPolku({
    deployment: options.deployment ?? process.env.POLKU_DEPLOYMENT ?? "demo",
    port: 0,
    host: "127.0.0.1",
    database,
    seedDemo: true,
    secureCookies: false,
    portalDir: portalDist,
    logLevel: "warn",
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  return {
    url: running.address,
    db: database.db,
    close: async () => {
      await running.close();
      await database.dispose();
    },
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A fresh browser profile (no cookies, no remembered language) with the API as base URL. */
export async function openPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: "fi-FI", timezoneId: "Europe/Helsinki" });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** The page's h1, once the page has one with this text. */
export async function expectHeading(page: Page, name: string | RegExp) {
  const heading = page.getByRole("heading", { level: 1, name });
  await heading.waitFor();
  return heading;
}

/**
 * Follows a link of the main menu by its name, first opening the group it is in when the menu is
 * grouped (a role with many entries). The phone's folded menu is the caller's to open.
 */
export async function navTo(page: Page, options: { name: string | RegExp; exact?: boolean }): Promise<void> {
  const nav = page.getByRole("navigation", { name: /^(Päävalikko|Huvudmeny|Main menu)$/ });
  const link = nav.getByRole("link", { ...options, includeHidden: true });
  await link.waitFor({ state: "attached" });
  if (!(await link.isVisible())) {
    // `has` is looked for inside each group, so it names the link from there.
    const inGroup = page.getByRole("link", { ...options, includeHidden: true });
    await nav.locator("li.nav-group").filter({ has: inGroup }).getByRole("button").click();
  }
  await link.click();
}

/** Logs in through the form, in Finnish (the default language), and waits until the login page is left. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await expectHeading(page, "Kirjaudu sisään");
  await page.getByLabel("Käyttäjätunnus").fill(username);
  await page.getByLabel("Salasana").fill(password);
  await page.getByRole("button", { name: "Kirjaudu" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/**
 * From the home page ("Tänään"), where everyone lands after logging in, to a student's or guardian's
 * own student page through the "Omat tiedot" card (the first student listed, for a guardian of several).
 */
export async function openOwnPage(page: Page): Promise<void> {
  await expectHeading(page, "Tänään");
  await page.getByRole("region", { name: "Omat tiedot" }).getByRole("link").first().click();
  await page.waitForURL("**/students/*");
}

export async function logout(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "Kirjaudu ulos" });
  // On a phone the button folds with the menu.
  if (!(await button.isVisible())) await page.getByRole("button", { name: "Valikko" }).click();
  await button.click();
  await page.waitForURL((url) => url.pathname === "/login");
  await expectHeading(page, "Kirjaudu sisään");
}

/**
 * Runs axe with the WCAG 2.1 A/AA rules on the page as it is now and throws on any violation, naming
 * the rule, its help text and the elements, so the failure says what to fix.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (result.violations.length === 0) return;
  const report = result.violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? "?"}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ") ?? ""}`)
          .join("\n")}`,
    )
    .join("\n");
  throw new Error(`Accessibility violations on ${where} (${page.url()}):\n${report}`);
}

/**
 * One portal and one browser for a test file: started before its tests, closed after them. `open()`
 * gives a fresh browser profile on the portal; `url()` is the portal's address (for API calls).
 */
export function withPortal(options: PortalOptions = {}) {
  let portal: RunningPortal | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    portal = await startPortal(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });
  const url = () => {
    if (!portal) throw new Error("The portal is not running: call withPortal() at the top of the test file.");
    return portal.url;
  };
  const db = () => {
    if (!portal) throw new Error("The portal is not running: call withPortal() at the top of the test file.");
    return portal.db;
  };
  return {
    url,
    db,
    open: () => {
      if (!browser)
        throw new Error("The browser is not running: call withPortal() at the top of the test file.");
      return openPage(browser, url());
    },
  };
}
