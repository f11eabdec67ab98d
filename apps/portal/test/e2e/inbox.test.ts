/**
 * Every person's inbox in Chromium: the header's link says how many messages are unread, the inbox
 * shows them in the portal's language (the demo's delivered absence notices, for a guardian), and
 * marking one read lowers the count at once. On a 390 px phone nothing scrolls sideways. Axe checks it.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

const inboxLink = (page: Page) => page.getByRole("link", { name: /^Viestit/ });
const unreadIn = async (page: Page) => {
  const name = (await inboxLink(page).textContent()) ?? "";
  return Number(name.match(/(\d+)\s*lukematonta/)?.[1] ?? 0);
};

describe("the inbox", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("shows a guardian their delivered notices with an unread count, and marks one read", async () => {
    await login(page, "huoltaja");
    await expect.poll(() => unreadIn(page)).toBeGreaterThan(0);
    const before = await unreadIn(page);
    await inboxLink(page).click();
    await expectHeading(page, "Viestit");
    const list = page.getByRole("list", { name: "Viestit, uusin ensin" });
    const first = list.getByRole("listitem").first();
    await expect
      .poll(() => first.getByRole("heading", { level: 2 }).textContent())
      .toMatch(/Poissaoloilmoitus/);
    await expect.poll(() => first.textContent()).toMatch(/Saapunut \d{1,2}\.\d{1,2}\.\d{4}/);
    await expectAccessible(page, "guardian's inbox");
    await first.getByRole("button", { name: "Merkitse luetuksi" }).click();
    await expect.poll(() => unreadIn(page)).toBe(before - 1);
    await expect.poll(() => first.getByRole("button", { name: "Merkitse luetuksi" }).count()).toBe(0);
    // The same inbox in Swedish.
    await page.getByRole("button", { name: "svenska" }).click();
    const swedish = page.getByRole("list", { name: "Meddelanden, det nyaste först" }).getByRole("listitem");
    await expect
      .poll(() => swedish.first().getByRole("heading", { level: 2 }).textContent())
      .toMatch(/Frånvaroanmälan/);
  });

  it("fits a 390 px phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "huoltaja");
    await inboxLink(page).click();
    await expectHeading(page, "Viestit");
    await page.getByRole("list", { name: "Viestit, uusin ensin" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, "guardian's inbox on a phone");
  });
});
