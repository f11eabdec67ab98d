/**
 * The walk of issue 9's "done when": every demo role, on a desktop and on a 390 px phone, through its
 * home page, every page its menu offers and one student page: no axe violation, no page wider than the
 * screen, no 5xx, no page error, and a home page with at least one card that leads somewhere.
 */
import { DEMO_USERNAMES } from "@polku/db/testing";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, withPortal } from "./harness.ts";

const e2e = withPortal();

const roles = DEMO_USERNAMES;

const viewports = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

describe("a walk through the portal as every demo role", () => {
  let page: Page;
  let problems: string[];
  beforeEach(async () => {
    ({ page } = await e2e.open());
    problems = [];
    page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`);
    });
  });
  afterEach(() => page?.context().close());

  /** The page drawn: its h1, and nothing still loading in the main content. */
  const settled = async (where: string) => {
    await expectHeading(page, /\S/);
    await page
      .locator("main")
      .getByText(/^Ladataan/)
      .first()
      .waitFor({ state: "detached", timeout: 15_000 })
      .catch(() => problems.push(`still loading on ${where}`));
  };
  const fits = async (where: string, width: number) => {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide <= width) return;
    // Name the deepest elements that stick out, so the failure says what to fix.
    const culprits = await page.evaluate((screen) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll("main *")) {
        const box = el.getBoundingClientRect();
        if (
          box.right <= screen + 0.5 ||
          [...el.children].some((c) => c.getBoundingClientRect().right > screen + 0.5)
        )
          continue;
        const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}`;
        out.push(`${name} (${Math.round(box.right)} px)`);
        if (out.length === 3) break;
      }
      return out;
    }, width);
    problems.push(`${where} is ${wide} px wide on a ${width} px screen: ${culprits.join(", ")}`);
  };

  it.each(roles)(
    "as %s",
    async (username) => {
      await login(page, username);
      for (const viewport of viewports) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto("/");
        await expectHeading(page, "Tänään");
        await settled(`home (${viewport.name})`);
        const cards = page.getByRole("list", { name: "Etusivun kortit" }).getByRole("listitem");
        if ((await cards.count()) === 0) problems.push(`home has no card for ${username}`);
        else if ((await cards.getByRole("link").count()) === 0)
          problems.push(`no card on ${username}'s home leads anywhere`);
        await fits(`home (${viewport.name})`, viewport.width);
        await expectAccessible(page, `home as ${username} (${viewport.name})`);

        // Read from the DOM: on a phone the menu may be folded away.
        const links = await page
          .locator('nav[aria-label="Päävalikko"] a')
          .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
        const studentLink = await page
          .locator('main a[href^="/students/"]')
          .first()
          .getAttribute("href")
          .catch(() => null);
        for (const path of [...new Set([...links, ...(studentLink ? [studentLink] : [])])]) {
          if (path === "/") continue;
          await page.goto(path);
          await settled(`${path} (${viewport.name})`);
          await fits(`${path} (${viewport.name})`, viewport.width);
          await expectAccessible(page, `${path} as ${username} (${viewport.name})`);
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    },
    300_000,
  );
});
