/**
 * Early warning in a real browser: a teacher's marks give a student unexplained absences on three
 * days; the tutor opens the early-warning page, sees the student with the rule and the reason, follows
 * the link to the student's page and sees the same warning there. A manager tunes the thresholds with
 * the keyboard and the warning goes away. Axe runs on every page.
 */
import { addDaysToLocalDate } from "@polku/domain";
import type { AppRouter } from "@polku/ui";
import { createTRPCClient, httpLink } from "@trpc/client";
import type { Page } from "playwright-core";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectHeading,
  login,
  logout,
  navTo,
  withPortal,
} from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });
let flagged: { id: string; name: string };

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
  // The teacher marks one student of the first group absent on three days (today and the two before).
  const teacher = await apiAs(e2e.url(), "opettaja");
  const group = (await teacher.attendance.groups.query()).find((g) => g.name === "1A Ensimmäinen vuosi")!;
  const today = todayInHelsinki();
  const roster = await teacher.attendance.roster.query({ groupId: group.id, day: today });
  const student = roster.students.find((s) => !s.minor) ?? roster.students[0]!;
  flagged = { id: student.id, name: `${student.firstName} ${student.lastName}` };
  for (const day of [today, addDaysToLocalDate(today, -1), addDaysToLocalDate(today, -2)]) {
    await teacher.attendance.mark.mutate({
      groupId: group.id,
      day,
      marks: [{ studentId: student.id, status: "absent" }],
    });
  }
});

const reason = /Selvittämättömiä poissaoloja [3-9] päivänä viimeisten 14 päivän aikana \(raja: 3\)\./;

describe("early warning", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("shows the tutor a flagged student with the rule and the reason, and links to the student", async () => {
    await login(page, "omaohjaaja");
    await navTo(page, { name: "Ennakkovaroitukset" });
    await expectHeading(page, "Ennakkovaroitukset");
    const list = page.getByRole("region", { name: "Opiskelijat, joilla on varoituksia" });
    const student = list
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: flagged.name }) });
    await student.waitFor();
    expect(await student.textContent()).toContain("Selvittämättömät poissaolot");
    expect(await student.textContent()).toMatch(reason);
    // The thresholds in use are shown; a tutor cannot change them.
    expect(await page.getByText("3 poissaolopäivää 14 päivän aikana").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Muuta varoitusten rajoja" }).count()).toBe(0);
    await expectAccessible(page, "early-warning page");

    // To the student's page with the keyboard: the same warning is there.
    await student.getByRole("link", { name: flagged.name }).focus();
    await page.keyboard.press("Enter");
    await expectHeading(page, flagged.name);
    const section = page.getByRole("region", { name: "Ennakkovaroitukset" });
    await expect.poll(() => section.textContent()).toMatch(reason);
    await expectAccessible(page, "student page with early warnings");
    await logout(page);
  });

  it("lets a manager raise a threshold with the keyboard, which removes the warning", async () => {
    await login(page, "esihenkilo");
    await page.goto("/early-warning");
    await expectHeading(page, "Ennakkovaroitukset");
    await page.getByRole("heading", { name: flagged.name }).waitFor();
    await page.getByRole("link", { name: "Muuta varoitusten rajoja" }).click();
    await expectHeading(page, "Varoitusten rajat");
    const form = page.getByRole("form", { name: "Varoitusten rajat" });
    const days = form
      .getByRole("group", { name: "Selvittämättömät poissaolot" })
      .getByRole("spinbutton", { name: /^Poissaolopäiviä vähintään/ });
    await days.waitFor();
    expect(await days.inputValue()).toBe("3");
    await expectAccessible(page, "threshold form");

    // A bad value is named next to its field, and nothing is saved.
    await days.fill("0");
    await days.press("Enter");
    await expect.poll(() => form.getByText("Anna kokonaisluku väliltä 1–365.").count()).toBeGreaterThan(0);
    expect(await days.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "threshold form with an error");

    await days.fill("20");
    await days.press("Enter");
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Rajat tallennettu.");

    await page.getByRole("link", { name: "Takaisin ennakkovaroituksiin" }).click();
    await expectHeading(page, "Ennakkovaroitukset");
    await page.getByText("20 poissaolopäivää 14 päivän aikana").waitFor();
    expect(await page.getByText(reason).count()).toBe(0);
    await logout(page);
  });
});
