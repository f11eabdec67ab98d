import { addDaysToLocalDate, localDateIn } from "@polku/domain";
import { codeOf, loginAs, startTestApi, TRPCClientError, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValmennusRouter } from "../src/server.ts";

const id = "lappi-valmennus";

async function badFields(call: Promise<unknown>): Promise<string[]> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError && error.data?.code === "BAD_REQUEST") {
      return ((error.data.issues ?? []) as Array<{ path: string }>).map((i) => i.path);
    }
    throw error;
  }
  throw new Error("The call was expected to be refused as BAD_REQUEST, but it succeeded.");
}

describe.each(testDatabases())("#Valmennus hours on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  const as = async (username: string) => (await loginAs(api.url, username)).plugin<ValmennusRouter>(id);
  const today = localDateIn(new Date());
  const year = Number(today.slice(0, 4));
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["lappi-valmennus"] });
  });
  afterAll(() => api?.close());

  it("seeds the team's 2026 plans within the pilot's 40–100 hours, with hours spent by activity", async () => {
    const manager = await as("esihenkilo");
    const summary = await manager.hours.summary.query({ year: 2026 });
    expect(summary.members.map((m) => [m.name, m.planned])).toEqual([
      ["Esihenkilö, Eero", 40],
      ["Kuraattori, Kaisa", 80],
      ["Ohjaaja, Outi", 100],
      ["Opettaja, Olli", 60],
    ]);
    for (const m of summary.members) {
      expect(m.outsidePilotRange).toBe(false);
      const byActivity = Object.values(m.byActivity).reduce((a, b) => a + b, 0);
      expect(byActivity).toBe(m.spent);
      expect(m.shareUsed).toBeCloseTo(m.spent / m.planned!);
    }
    expect(summary.totals.planned).toBe(280);
  });

  it("a member records, lists and deletes their own hours; bad entries name each field", async () => {
    const welfare = await as("kuraattori");
    const before = await welfare.hours.mine.query({ year });
    const { id: entryId } = await welfare.hours.record.mutate({
      workedOn: today,
      hours: 1.75,
      activity: "outreach",
      note: "Jalkautuminen ryhmään 1A",
    });
    await welfare.hours.record.mutate({
      workedOn: addDaysToLocalDate(today, -1),
      hours: 0.25,
      activity: "planning",
    });
    const after = await welfare.hours.mine.query({ year });
    expect(after.spent).toBe(before.spent + 2);
    expect(after.byActivity.outreach).toBe(before.byActivity.outreach + 1.75);
    expect(after.entries[0]).toMatchObject({
      id: entryId,
      workedOn: today,
      hours: 1.75,
      activity: "outreach",
    });
    if (after.planned) expect(after.shareUsed).toBeCloseTo(after.spent / after.planned);

    expect(
      await badFields(
        welfare.hours.record.mutate({
          workedOn: addDaysToLocalDate(today, 1),
          hours: 1,
          activity: "outreach",
        }),
      ),
    ).toEqual(["workedOn"]);
    expect(
      await badFields(
        welfare.hours.record.mutate({
          workedOn: "2026-02-30",
          hours: 1.1,
          activity: "coffee" as "other",
          note: "x".repeat(4001),
        }),
      ),
    ).toEqual(["workedOn", "hours", "activity", "note"]);
    for (const hours of [0, 24.25, -1]) {
      expect(
        await badFields(welfare.hours.record.mutate({ workedOn: today, hours, activity: "other" })),
      ).toEqual(["hours"]);
    }
    await welfare.hours.record
      .mutate({ workedOn: today, hours: 24, activity: "other" })
      .then(({ id }) => welfare.hours.delete.mutate({ entryId: id }));

    // Another member cannot delete it (nor see it); its owner can.
    const tutor = await as("omaohjaaja");
    expect(await codeOf(tutor.hours.delete.mutate({ entryId }))).toBe("NOT_FOUND");
    expect((await tutor.hours.mine.query({ year })).entries.map((e) => e.id)).not.toContain(entryId);
    await welfare.hours.delete.mutate({ entryId });
    expect((await welfare.hours.mine.query({ year })).entries.map((e) => e.id)).not.toContain(entryId);
    expect(await codeOf(welfare.hours.delete.mutate({ entryId }))).toBe("NOT_FOUND");
  });

  it("a manager plans hours per person and year and reads the year's summary", async () => {
    const manager = await as("esihenkilo");
    const welfare = await as("kuraattori");
    const team = await manager.hours.team.query({ year });
    const kuraattori = team.find((t) => t.lastName === "Kuraattori")!;
    expect(kuraattori.roles).toEqual(["welfare"]);
    expect(team.map((t) => t.lastName).sort()).toEqual(["Esihenkilö", "Kuraattori", "Ohjaaja", "Opettaja"]);

    // Outside the pilot's 40–100 is allowed; the summary flags it.
    await manager.hours.setPlan.mutate({ personId: kuraattori.personId, year, plannedHours: 120 });
    await manager.hours.setPlan.mutate({ personId: kuraattori.personId, year, plannedHours: 130 });
    expect(
      (await manager.hours.team.query({ year })).find((t) => t.personId === kuraattori.personId),
    ).toMatchObject({ plannedHours: 130 });
    await welfare.hours.record.mutate({ workedOn: today, hours: 3.5, activity: "guardian_contact" });
    const mine = await welfare.hours.mine.query({ year });
    expect(mine.planned).toBe(130);
    const summary = await manager.hours.summary.query({ year });
    const row = summary.members.find((m) => m.personId === kuraattori.personId)!;
    expect(row).toMatchObject({ planned: 130, spent: mine.spent, outsidePilotRange: true });
    expect(row.byActivity.guardian_contact).toBe(mine.byActivity.guardian_contact);
    expect(row.shareUsed).toBeCloseTo(mine.spent / 130);
    expect(row.remaining).toBeCloseTo(130 - mine.spent);

    const student = (await loginAs(api.url, "opiskelija")).trpc;
    const me = await student.auth.me.query();
    expect(
      await badFields(manager.hours.setPlan.mutate({ personId: me.personId, year, plannedHours: 50 })),
    ).toEqual(["personId"]);
    expect(
      await badFields(manager.hours.setPlan.mutate({ personId: "someone", year: 1999, plannedHours: 2001 })),
    ).toEqual(["personId", "year", "plannedHours"]);
    expect(
      await badFields(
        manager.hours.setPlan.mutate({ personId: kuraattori.personId, year, plannedHours: 40.5 }),
      ),
    ).toEqual(["plannedHours"]);
    await manager.hours.setPlan.mutate({ personId: kuraattori.personId, year, plannedHours: 0 });
    expect(
      (await manager.hours.summary.query({ year })).members.find((m) => m.personId === kuraattori.personId),
    ).toMatchObject({ planned: 0, shareUsed: null });
  });

  it("non-managers cannot read others' hours nor set plans; partners, students and other providers see nothing", async () => {
    for (const username of ["omaohjaaja", "opettaja", "kuraattori"]) {
      const member = await as(username);
      expect(await codeOf(member.hours.summary.query({ year })), username).toBe("FORBIDDEN");
      expect(await codeOf(member.hours.team.query({ year })), username).toBe("FORBIDDEN");
      expect(
        await codeOf(
          member.hours.setPlan.mutate({
            personId: "00000000-0000-4000-a000-000000000000",
            year,
            plannedHours: 50,
          }),
        ),
        username,
      ).toBe("FORBIDDEN");
    }
    for (const username of ["valmentaja", "yritys", "kumppani", "opiskelija", "huoltaja"]) {
      const outsider = await as(username);
      expect(await codeOf(outsider.hours.mine.query({ year })), username).toBe("FORBIDDEN");
      expect(
        await codeOf(outsider.hours.record.mutate({ workedOn: today, hours: 1, activity: "other" })),
        username,
      ).toBe("FORBIDDEN");
      expect(await codeOf(outsider.hours.summary.query({ year })), username).toBe("FORBIDDEN");
    }
    // A tutor of another provider keeps their own hours, apart from the first provider's.
    const welfare = await as("kuraattori");
    const { id: entryId } = await welfare.hours.record.mutate({
      workedOn: today,
      hours: 1,
      activity: "outreach",
    });
    const other = await as("harju.ohjaaja");
    expect((await other.hours.mine.query({ year: 2026 })).entries).toEqual([]);
    expect(await codeOf(other.hours.delete.mutate({ entryId }))).toBe("NOT_FOUND");
    await other.hours.record.mutate({ workedOn: today, hours: 2, activity: "planning" });
    expect((await other.hours.mine.query({ year })).spent).toBe(2);
    const manager = await as("esihenkilo");
    const names = (await manager.hours.summary.query({ year })).members.map((m) => m.name);
    expect(names).not.toContain("Harju, Hanna");
  });
});
