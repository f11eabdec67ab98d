/**
 * Early warnings in urgency order, marked handled, in a real browser: two of the demo tutor's students
 * get unexplained absences (one on six days, twice the limit, the other on three); the tutor sees the
 * first above the second with the urgency in words, marks the second handled with a note (a missing
 * note is named first), finds it under Käsitellyt with who, when and the note, and opens it again.
 * Axe runs on each view, also at 390 px, where nothing scrolls sideways.
 */
import { schema } from "@polku/db";
import { addDaysToLocalDate } from "@polku/domain";
import type { AppRouter } from "@polku/ui";
import { createTRPCClient, httpLink } from "@trpc/client";
import { and, eq, inArray } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, expectHeading, login, logout, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });
let severe: { id: string; name: string };
let low: { id: string; name: string };

/** An API client logged in as a demo user: the session cookie and CSRF token, as the portal keeps them. */
async function apiAs(url: string, username: string) {
  const state = { cookie: "", csrf: "1" };
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        methodOverride: "POST",
        headers: () => ({ "x-polku-csrf": state.csrf, ...(state.cookie ? { cookie: state.cookie } : {}) }),
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0]!);
          if (cookies.length > 0) state.cookie = cookies.join("; ");
          return response;
        },
      }),
    ],
  });
  state.csrf = (await client.auth.login.mutate({ username, password: DEMO_PASSWORD })).csrfToken;
  return client;
}

const todayInHelsinki = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki" }).format(new Date());

// Registered after withPortal's own beforeAll, so the portal is running here.
beforeAll(async () => {
  const tutor = await apiAs(e2e.url(), "omaohjaaja");
  const flagged = new Set((await tutor.earlyWarning.forMe.query()).flags.map((f) => f.studentId));
  const tutees = (await tutor.students.list.query({ limit: 500 })).filter((s) => !flagged.has(s.id));
  const db = e2e.db();
  const present = await db
    .select({ id: schema.student.id, providerId: schema.student.providerId })
    .from(schema.student)
    .where(
      and(
        eq(schema.student.studyRightState, "lasna"),
        inArray(
          schema.student.id,
          tutees.map((s) => s.id),
        ),
      ),
    );
  const [a, b] = tutees.filter((s) => present.some((p) => p.id === s.id));
  severe = { id: a!.id, name: `${a!.firstName} ${a!.lastName}` };
  low = { id: b!.id, name: `${b!.firstName} ${b!.lastName}` };
  const today = todayInHelsinki();
  const marks = (student: { id: string }, days: number) =>
    Array.from({ length: days }, (_, n) => ({
      providerId: present.find((p) => p.id === student.id)!.providerId,
      studentId: student.id,
      day: addDaysToLocalDate(today, -n),
      lesson: "",
      status: "absent",
    }));
  await db.insert(schema.attendanceMark).values([...marks(severe, 6), ...marks(low, 3)]);
});

/** The names of the students listed, in the page's order. */
const listed = (page: Page) =>
  page
    .getByRole("region", { name: "Opiskelijat, joilla on varoituksia" })
    .getByRole("heading", { level: 3 })
    .allTextContents();

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

describe("early warnings by urgency, marked handled", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("lets a tutor see the most urgent first, mark one handled with a note and find it under Käsitellyt", async () => {
    await login(page, "omaohjaaja");
    await page.goto("/early-warning");
    await expectHeading(page, "Ennakkovaroitukset");
    const list = page.getByRole("region", { name: "Opiskelijat, joilla on varoituksia" });
    await list.getByRole("heading", { name: low.name }).waitFor();
    const order = await listed(page);
    expect(order.indexOf(severe.name)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(severe.name)).toBeLessThan(order.indexOf(low.name));
    const item = (name: string) =>
      list.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    expect(await item(severe.name).first().textContent()).toContain(
      "Miksi: 1 sääntö täyttyi; Selvittämättömät poissaolot vähintään kaksinkertainen rajaan nähden",
    );
    expect(await item(low.name).first().textContent()).toContain("Kiireellisyys: pieni");
    expect(await page.getByRole("radio", { name: /^Avoimet \(\d+\)$/ }).isChecked()).toBe(true);
    await expectAccessible(page, "early warnings, open");

    // Marking handled needs a note: a missing one is named at the field, nothing is saved.
    await item(low.name)
      .getByRole("button", { name: `Merkitse käsitellyksi: ${low.name}` })
      .click();
    const form = page.getByRole("form", { name: `Merkitse varoitus käsitellyksi: ${low.name}` });
    await form.getByRole("button", { name: "Tallenna käsitellyksi" }).click();
    await form.getByText("Kirjoita muistiinpano: mitä varoituksen vuoksi tehtiin.").waitFor();
    await expectAccessible(page, "handling form with an error");
    const note = "Soitettu huoltajalle, sovittu tapaaminen maanantaiksi.";
    await form.getByRole("textbox", { name: /^Mitä tehtiin\?/ }).fill(note);
    await form.getByRole("button", { name: "Tallenna käsitellyksi" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(`${low.name}: varoitus on merkitty käsitellyksi.`);
    await expect.poll(() => listed(page)).not.toContain(low.name);

    // Under Käsitellyt: who marked it, when, and the note.
    await page.getByRole("radio", { name: /^Käsitellyt \(\d+\)$/ }).check();
    await list.getByRole("heading", { name: low.name }).waitFor();
    const handled = await item(low.name).textContent();
    expect(handled).toMatch(/Käsitellyksi merkitsi \S+ \S+ \d{1,2}\.\d{1,2}\.\d{4}/);
    expect(handled).toContain(note);
    expect(await listed(page)).not.toContain(severe.name);
    await expectAccessible(page, "early warnings, handled");

    // On a phone: nothing scrolls sideways, in either view.
    await page.setViewportSize({ width: 390, height: 844 });
    await noSidewaysScroll(page);
    await expectAccessible(page, "early warnings, handled, 390 px");
    await page.getByRole("radio", { name: /^Avoimet/ }).check();
    await list.getByRole("heading", { name: severe.name }).waitFor();
    await noSidewaysScroll(page);

    // Opening it again brings it back among the open ones; the history keeps both.
    await page.getByRole("radio", { name: /^Käsitellyt/ }).check();
    await item(low.name)
      .getByRole("button", { name: `Avaa uudelleen: ${low.name}` })
      .click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(`${low.name}: varoitus on taas avoin.`);
    await page.getByRole("radio", { name: /^Avoimet/ }).check();
    await list.getByRole("heading", { name: low.name }).waitFor();
    const rows = await e2e
      .db()
      .select({ action: schema.earlyWarningHandling.action })
      .from(schema.earlyWarningHandling)
      .where(eq(schema.earlyWarningHandling.studentId, low.id));
    expect(rows.map((r) => r.action).sort()).toEqual(["handled", "reopened"]);
    await logout(page);
  });
});
