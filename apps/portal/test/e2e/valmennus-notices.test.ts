/**
 * #Valmennus in a real browser: a teacher marks a minor absent, and the guardian sees the same-day
 * notice in the portal, acknowledges it and replies; the teacher reads the acknowledgement and the reply
 * on the day's notices (one notice per guardian).
 * Axe runs on every page.
 */
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectAccessible, expectHeading, login, logout, navTo, withPortal } from "./harness.ts";

const e2e = withPortal({ deployment: "demo" });

const todayFinnish = () =>
  new Intl.DateTimeFormat("fi-FI", {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).format(new Date());

const openNotices = async (page: Page) => {
  await navTo(page, { name: "Poissaoloilmoitukset" });
  await expectHeading(page, "Poissaoloilmoitukset");
};

describe("same-day absence notices (#Valmennus)", () => {
  let page: Page;
  let ward = "";

  beforeEach(async () => {
    ({ page } = await e2e.open());
  });
  afterEach(() => page?.context().close());

  it("has the guardian's ward to mark, and no notice for today yet", async () => {
    await login(page, "huoltaja");
    await navTo(page, { name: "Läsnäolo", exact: true });
    const caption = await page
      .getByRole("table", { name: /^Läsnäolomerkinnät: / })
      .locator("caption")
      .textContent();
    // "Läsnäolomerkinnät: Aino Virtanen (25.10.2026–24.11.2026)"
    ward = caption!
      .replace(/^Läsnäolomerkinnät: /, "")
      .replace(/\s*\(.*\)$/, "")
      .trim();
    expect(ward).not.toBe("");
    await openNotices(page);
    await expectAccessible(page, "guardian's notices before the absence");
    expect(await page.getByRole("heading", { name: `Poissaolot ${todayFinnish()}` }).count()).toBe(0);
    await logout(page);
  });

  it("lets a teacher mark the minor absent for today", async () => {
    await login(page, "opettaja");
    await navTo(page, { name: "Läsnäolo", exact: true });
    await expectHeading(page, "Läsnäolon kirjaus");
    const pick = page.getByRole("form", { name: "Ryhmä ja päivä" });
    await pick.getByRole("combobox", { name: /^Ryhmä/ }).selectOption({ label: "1A Ensimmäinen vuosi" });
    await pick.getByRole("button", { name: "Näytä ryhmä" }).click();
    const form = page.getByRole("form", { name: `1A Ensimmäinen vuosi, ${todayFinnish()}` });
    await form.waitFor();
    // The legend reads "Virtanen, Aino (alaikäinen)".
    const [first, ...rest] = ward.split(" ");
    const student = form.getByRole("group", { name: new RegExp(`^${rest.join(" ")}, ${first}`) });
    await student.getByRole("radio", { name: "Poissa", exact: true }).check();
    await form.getByRole("button", { name: "Tallenna merkinnät" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Tallennettu");

    await openNotices(page);
    await expectAccessible(page, "teacher's notices of the day");
    const table = page.getByRole("table");
    await expect.poll(() => table.textContent()).toContain(`${ward}: koko päivä`);
    await expect.poll(() => table.textContent()).toContain("Ei kuitattu");
    await logout(page);
  });

  it("shows the guardian the notice the same day on a phone, reached from the home page, to acknowledge and answer", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, "huoltaja");
    await expectHeading(page, "Tänään");
    const card = page.getByRole("region", { name: "Poissaoloilmoitukset" });
    await card.getByText(/odottaa kuittaustasi\.$/).waitFor();
    await expectAccessible(page, "guardian's home on a phone");
    await card.getByRole("link", { name: "Poissaoloilmoituksiin" }).click();
    await expectHeading(page, "Poissaoloilmoitukset");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const notice = page.getByRole("region", { name: `Poissaolot ${todayFinnish()}` });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`${ward}: koko päivä`);
    await expectAccessible(page, "guardian's notice");

    await notice.getByRole("button", { name: "Kuittaa luetuksi" }).click();
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain("Ilmoitus on kuitattu.");
    await notice.getByLabel(/^Vastaa ilmoitukseen/).fill("Sairaana kotona, soitan huomenna.");
    await notice.getByRole("button", { name: "Lähetä vastaus" }).click();
    await expect.poll(() => notice.textContent()).toContain("Sairaana kotona, soitan huomenna.");
    expect(await notice.textContent()).toContain("Kuitattu");
    await expectAccessible(page, "guardian's notice after answering");
    await logout(page);
  });

  it("shows the teacher the acknowledgement and the reply", async () => {
    await login(page, "opettaja");
    await openNotices(page);
    const table = page.getByRole("table");
    await expect.poll(() => table.textContent()).toContain("Sairaana kotona, soitan huomenna.");
    // The ward's other guardian (if any) has a notice of their own, not yet acknowledged.
    expect(await table.textContent()).toContain(`Kuitattu ${todayFinnish()}`);
    await logout(page);
  });
});
