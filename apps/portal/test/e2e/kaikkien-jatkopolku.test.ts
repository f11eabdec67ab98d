/**
 * Seed 003 (the Kaikkien model's continuation path) in a real browser: the trainer's training with its
 * checklist, partners and learners; the follow-up feedback answered through its link by a learner with
 * no account, on a 390 px phone; the partner contact's page, which shows the feedback only in aggregate.
 * Axe runs on every page.
 */

import { startSmtpServer } from "@polku/plugin-sdk/testing/smtp";
import { sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

// The learners get their follow-up links by email, as they would: from this server, read back here.
const smtp = await startSmtpServer();
const e2e = withPortal({
  deployment: "demo",
  // The emails' links start with the public address; only their path is followed here.
  env: {
    POLKU_SMTP_URL: smtp.url,
    POLKU_PUBLIC_URL: "https://polku.invalid",
    POLKU_NOTIFICATION_POLL_MS: "200",
  },
});
const id = "kaikkien-jatkopolku";
afterAll(() => smtp.close());

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The link's path in a feedback email (the worker puts the portal's address before it). */
const LINK = /\/public\/kaikkien-jatkopolku\/palaute\/[A-Za-z0-9_-]{43}/;

/**
 * The demo's closed training is due for its follow-up feedback: let the scheduler's job run now, and
 * read the links from the emails the core's worker sends. Once sent, no link is left in the outbox.
 */
async function feedbackLinks(): Promise<string[]> {
  const db = e2e.db();
  await db.execute(sql`update polku.job set next_run_at = now() - interval '1 second'
    where plugin = ${id} and job = 'create-feedback-requests'`);
  const links = () =>
    smtp.messages.flatMap((m) => (m.subject?.includes("Palaute:") ? [m.text?.match(LINK)?.[0] ?? ""] : []));
  await expect
    .poll(() => links().filter(Boolean).length, { timeout: 60_000, interval: 500 })
    .toBeGreaterThan(1);
  await expect
    .poll(
      async () =>
        rowsOf<{ n: number }>(
          await db.execute(sql`select count(*)::int as n from notification
            where source = ${id} and status = 'sent' and data ? 'path'`),
        )[0]?.n,
    )
    .toBe(0);
  return links().filter(Boolean);
}

describe("continuation path (Kaikkien model)", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("shows the trainer the trainings, the checklist, the partners and the learners", async () => {
    await login(page, "omaohjaaja");
    await expectHeading(page, "Tänään");
    const card = page.getByRole("region", { name: "Jatkopolutuksen koulutukset" });
    // The demo has one training running: the singular form, not "1 käynnissä olevaa koulutusta".
    await expect.poll(() => card.textContent()).toContain("1 käynnissä oleva koulutus,");
    await expectAccessible(page, "home page with the trainer's card");
    await navTo(page, { name: "Koulutusten jatkopolut" });
    await expectHeading(page, "Koulutusten jatkopolut");
    await expectAccessible(page, "trainings");
    await page.getByRole("link", { name: "Digiarki" }).click();
    await expectHeading(page, "Digiarki");
    await expect
      .poll(() => page.getByRole("region", { name: "Muistilista" }).textContent())
      .toContain("Jatkopolku on mietitty tavoitteenasettelussa");
    await page.getByRole("heading", { name: "Mikkelin nuorisopalvelut" }).waitFor();
    await expectAccessible(page, "a training (trainer)");
    // A meeting with the partner, booked during the training.
    const booking = page.getByRole("form", { name: "Varaa tapaaminen" });
    await booking
      .getByRole("combobox", { name: /^Kumppani/ })
      .selectOption({ label: "Mikkelin nuorisopalvelut" });
    await booking.getByLabel(/^Aihe/).fill("Jatkopolun suunnittelu");
    await booking.getByLabel(/^Paikka/).fill("Asukastila");
    await booking.getByLabel(/^Päivä/).fill("2027-03-29");
    await booking.getByLabel(/^Alkaa klo/).fill("10:00");
    await booking.getByLabel(/^Päättyy klo/).fill("11:00");
    await booking.getByRole("button", { name: "Varaa tapaaminen" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Tapaaminen on varattu.");
    await expect.poll(() => page.getByRole("main").textContent()).toContain("29.3.2027");
    await expectAccessible(page, "a training with a meeting");
    // The calendar subscription: the address is shown once, and the feed holds the meeting.
    await navTo(page, { name: "Koulutusten jatkopolut" });
    await page.getByRole("button", { name: "Luo kalenterin tilausosoite" }).click();
    const address = page.getByLabel("Tilausosoite (kopioi kalenteriohjelmaan)");
    await address.waitFor();
    await expectAccessible(page, "trainings with a calendar address");
    const feed = await page.request.get(await address.inputValue());
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const ics = await feed.text();
    expect(ics).toContain("DTSTART;TZID=Europe/Helsinki:20270329T100000");
    expect(ics).toContain("Jatkopolun suunnittelu");
    await logout(page);
  });

  it("lets the trainer edit a learner's goal and cancel the meeting, on a phone, keeping who and when", async () => {
    await login(page, "omaohjaaja");
    await navTo(page, { name: "Koulutusten jatkopolut" });
    await page.getByRole("link", { name: "Digiarki" }).click();
    await expectHeading(page, "Digiarki");
    await page.setViewportSize({ width: 390, height: 844 });
    // The goal and its continuation path, changed with the learner: the form opens prefilled.
    const toggle = page.locator("summary", { hasText: "Muokkaa tavoitetta ja jatkopolkua" }).first();
    await toggle.click();
    const form = page.getByRole("form", { name: /^Muokkaa tavoitetta ja jatkopolkua/ }).first();
    expect(await form.getByLabel("Henkilökohtainen tavoite", { exact: true }).inputValue()).not.toBe("");
    await form
      .getByLabel("Jatkopolku", { exact: true })
      .fill("Digituki kirjastossa, sitten kansalaisopiston kurssi");
    await expectAccessible(page, "a learner's goal being edited");
    await form.getByRole("button", { name: "Muokkaa tavoitetta ja jatkopolkua" }).click();
    await expect
      .poll(() => page.getByRole("main").textContent())
      .toContain("Digituki kirjastossa, sitten kansalaisopiston kurssi");
    // Cancelling the meeting booked above: it stays on the list, with who cancelled it and when.
    const cancel = page.getByRole("form", { name: "Peru tapaaminen" });
    const option = cancel.locator("option", { hasText: "Jatkopolun suunnittelu" });
    await cancel
      .getByRole("combobox", { name: /^Peruttava tapaaminen/ })
      .selectOption((await option.getAttribute("value"))!);
    await cancel.getByLabel(/^Perumisen syy/).fill("Kumppani estynyt");
    await cancel.getByRole("button", { name: "Peru tapaaminen" }).click();
    await expect
      .poll(() => page.getByRole("main").textContent())
      .toContain("Tapaaminen on peruttu. Se näkyy listalla perumistietoineen.");
    const row = page.getByRole("row").filter({ hasText: "Jatkopolun suunnittelu" });
    await expect.poll(() => row.textContent()).toMatch(/Peruttu .*Kumppani estynyt/);
    await expectAccessible(page, "a training with a cancelled meeting");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await logout(page);
  });

  it("takes a follow-up feedback through its link, without an account, on a phone", async () => {
    const [path] = await feedbackLinks();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path!);
    await expectHeading(page, "Jälkipalaute");
    expect(await page.locator("html").getAttribute("lang")).toBe("fi");
    await expectAccessible(page, "the feedback form");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Sending without the answers names what is missing.
    await page.evaluate(() => document.querySelector("form")?.setAttribute("novalidate", ""));
    await page.getByRole("button", { name: "Lähetä palaute" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("Valitse, miten asia on nyt.");
    await expectAccessible(page, "the feedback form with errors");
    await page
      .getByRole("group", { name: /Miten koulutuksessa ratkaistu asia on nyt/ })
      .getByLabel("Paremmin", { exact: true })
      .check();
    await page
      .getByRole("group", { name: /yhteydessä johonkin koulutuksen kumppaneista/ })
      .getByLabel("Kyllä")
      .check();
    await page.getByLabel("Talous- ja velkaneuvontaa").check();
    await page.getByLabel(/Haluatko sanoa vielä jotain/).fill("Neuvonta auttoi paljon");
    await page.getByRole("button", { name: "Lähetä palaute" }).click();
    await expectHeading(page, "Kiitos palautteestasi!");
    await expectAccessible(page, "the thanks page");
    // The link works once.
    await page.goto(path!);
    await expectHeading(page, "Olet jo vastannut tähän palautteeseen. Kiitos!");
    // In Swedish too.
    const [, other] = await feedbackLinks();
    await page.goto(`${other}?kieli=sv`);
    await expectHeading(page, "Uppföljande respons");
    await expectAccessible(page, "the feedback form in Swedish");
  });

  it("shows the partner contact the trainings, the learners as agreed and the feedback in aggregate", async () => {
    await login(page, "kumppani");
    await expectHeading(page, "Tänään");
    const card = page.getByRole("region", { name: "Koulutukset, joissa olemme kumppanina" });
    await card.getByRole("link", { name: "Avaa koulutukset" }).click();
    await expectHeading(page, "Kumppanin koulutukset");
    await expect
      .poll(() => page.getByRole("main").textContent())
      .toContain("Oppijat, jotka jakavat tietojaan teille");
    await expect.poll(() => page.getByRole("main").textContent()).toContain("vähintään 5");
    // One answer so far (the test above): counted, but no figures.
    await expect.poll(() => page.getByRole("main").textContent()).toContain("Vastauksia 1/4.");
    expect(await page.getByRole("main").textContent()).not.toContain("Tilanne nyt keskimäärin");
    await expectAccessible(page, "the partner's page");
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await logout(page);
  });
});
