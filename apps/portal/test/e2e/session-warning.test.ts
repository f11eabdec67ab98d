/**
 * The warning before a session ends (WCAG 2.2.1), in a real browser: the idle end, which "Jatka
 * istuntoa" puts off (the browser's clock is moved on, so no test waits eight hours), and the latest end,
 * 12 hours from the login, which nothing puts off (the session's login time is moved back in the
 * database). After the end, the next look at the session goes to the login page.
 */
import { sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

describe("the warning before the session ends", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("warns of the idle end and lets the person go on", async () => {
    await page.clock.install();
    await login(page, "omaohjaaja");
    await expectHeading(page, "Tänään");
    const warning = page.getByRole("alert").filter({ hasText: "Istuntosi päättyy" });
    expect(await warning.count()).toBe(0);
    // Eight hours less the five-minute slide and a few minutes more: the warning shows.
    await page.clock.fastForward("07:52:00");
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/päättyy \d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}, koska/);
    await expectAccessible(page, "home with the session warning");
    await warning.getByRole("button", { name: "Jatka istuntoa" }).click();
    await page.clock.fastForward("00:00:20");
    await expect.poll(() => warning.count()).toBe(0);
  });

  it("warns of the latest end, 12 hours from the login, with no button to put it off", async () => {
    await login(page, "opettaja");
    await expectHeading(page, "Tänään");
    await e2e.db().execute(sql`update session set created_at = now() - interval '11 hours 57 minutes',
        expires_at = least(expires_at, now() + interval '3 minutes')
      where person_id = (select id from person where username = 'opettaja') and revoked_at is null`);
    await page.reload();
    const warning = page.getByRole("alert").filter({ hasText: "12 tuntia" });
    await warning.waitFor();
    expect(await warning.getByRole("button").count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "the latest-end warning on a phone");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
