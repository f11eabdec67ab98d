/**
 * #Valmennus metrics through the real tRPC client over HTTP: who reads them, unit progress, retention
 * and baselines. The figures are checked against data this test creates for a provider of its own
 * (support/own-provider.ts), so they are known exactly whatever the demo seed holds; the demo provider
 * is then the "other provider" that must see none of it.
 */
import { and, eq } from "@polku/plugin-sdk/drizzle";
import { codeOf, loginAs, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { participant } from "../src/db/schema.ts";
import type { ValmennusRouter } from "../src/server.ts";
import { type Api, badFields, id, makeProvider, marksInPast, Y } from "./support/own-provider.ts";

describe.each(testDatabases())("#Valmennus metrics on $kind", ({ kind }) => {
  let api: Api;
  let own: Awaited<ReturnType<typeof makeProvider>>;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["lappi-valmennus"] });
    own = await makeProvider(api.db);
  }, 120_000);
  afterAll(() => api?.close());

  const as = async (username: string) => (await loginAs(api.url, username)).plugin<ValmennusRouter>(id);

  it("lets only managers read the metrics", async () => {
    for (const username of [
      "omaohjaaja",
      "opettaja",
      "kuraattori",
      "opiskelija",
      "huoltaja",
      "valmentaja",
      "harju.ohjaaja",
    ]) {
      const other = await as(username);
      expect(await codeOf(other.metrics.retention.query()), username).toBe("FORBIDDEN");
      expect(await codeOf(other.metrics.attendance.query({})), username).toBe("FORBIDDEN");
      expect(await codeOf(other.metrics.baselines.query()), username).toBe("FORBIDDEN");
    }
    const tutor = await as("testi.ohjaaja");
    expect(
      await codeOf(
        tutor.metrics.saveBaseline.mutate({
          cohortYear: Y - 3,
          students: 20,
          stillStudying: 14,
          changedField: 2,
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await codeOf((await as("testi.esihenkilo")).metrics.progress.query())).toBe("OK");
  });

  it.skipIf(!marksInPast)(
    "computes attendance by month, hiding months and groups of fewer than five",
    async () => {
      const manager = await as("testi.esihenkilo");
      const all = await manager.metrics.attendance.query({});
      expect(all.academicYear).toEqual({ startYear: Y, from: `${Y}-08-01`, to: `${Y + 1}-07-31` });
      expect(all.groups.map((g) => g.name)).toEqual(["Testi 1A", "Testi 1B"]);
      const month = (rows: typeof all.months, m: string) => rows.find((r) => r.month === `${Y}-${m}`);
      // Two students marked in August: too few to show.
      expect(month(all.months, "08")).toMatchObject({ suppressed: true, students: null, attendedPct: null });
      expect(month(all.months, "09")).toEqual({
        month: `${Y}-09`,
        suppressed: false,
        students: 10,
        marks: 20,
        attendedPct: 85,
        unexplainedPct: 10,
        excusedPct: 5,
      });
      expect(month(all.months, "10")).toMatchObject({
        students: 6,
        marks: 6,
        attendedPct: 83.3,
        unexplainedPct: 16.7,
      });
      // The year adds up the months shown only: August is left out, or total minus the rest would give it.
      expect(all.total).toMatchObject({
        students: 10,
        marks: 26,
        attendedPct: 84.6,
        unexplainedPct: 11.5,
        excusedPct: 3.8,
      });
      expect(all.monthsLeftOut).toBe(1);

      const groupA = await manager.metrics.attendance.query({ groupId: own.groups[0] });
      expect(month(groupA.months, "09")).toMatchObject({
        students: 5,
        marks: 10,
        attendedPct: 80,
        unexplainedPct: 20,
        excusedPct: 0,
      });
      // 1A's five in October, but only one of 1B: all groups minus 1A would show that one student.
      expect(month(groupA.months, "10")).toMatchObject({ suppressed: true, attendedPct: null });
      expect(groupA.total).toMatchObject({ students: 5, marks: 10, attendedPct: 80 });
      const groupB = await manager.metrics.attendance.query({ groupId: own.groups[1] });
      expect(month(groupB.months, "09")).toMatchObject({
        students: 5,
        marks: 10,
        attendedPct: 90,
        excusedPct: 10,
      });
      expect(month(groupB.months, "10")).toMatchObject({ suppressed: true, students: null });
      expect(await badFields(manager.metrics.attendance.query({ groupId: "1A" }))).toEqual(["groupId"]);
    },
  );

  it("computes unit progress per cohort with the median of completed units", async () => {
    const manager = await as("testi.esihenkilo");
    const { cohorts } = await manager.metrics.progress.query();
    expect(cohorts.map((c) => c.cohortYear)).toEqual([Y - 2, Y - 1, Y]);
    expect(cohorts[0]).toEqual({
      cohortYear: Y - 2,
      participants: 7,
      suppressed: false,
      students: 6,
      units: 18,
      completedPct: 50,
      inProgressPct: 22.2,
      notStartedPct: 27.8,
      medianCompleted: 1.5,
    });
    expect(cohorts[1]).toMatchObject({
      participants: 4,
      suppressed: true,
      students: null,
      completedPct: null,
    });
    expect(cohorts[2]).toMatchObject({
      participants: 10,
      suppressed: false,
      students: 0,
      completedPct: null,
    });
  });

  it("counts a move to a better-suited field as a success in retention", async () => {
    const manager = await as("testi.esihenkilo");
    const { cohorts } = await manager.metrics.retention.query();
    // This year's cohort has no first year behind it yet.
    expect(cohorts.map((c) => c.cohortYear)).toEqual([Y - 2, Y - 1]);
    expect(cohorts[0]).toEqual({
      cohortYear: Y - 2,
      origin: "programme",
      unrecorded: 1,
      source: null,
      suppressed: false,
      students: 6,
      stillStudying: 4,
      changedField: 1,
      left: 1,
      stillStudyingPct: 66.7,
      stillOrChangedPct: 83.3,
    });
    expect(cohorts[1]).toMatchObject({ suppressed: true, students: null, stillStudyingPct: null });

    // The same student recorded as a dropout: the share with field changes falls to the other one.
    const changed = and(
      eq(participant.providerId, own.providerId),
      eq(participant.studentId, own.students[11]!),
    );
    await api.db.update(participant).set({ firstYearOutcome: "dropped_out" }).where(changed);
    const asDropout = (await manager.metrics.retention.query()).cohorts[0];
    expect(asDropout).toMatchObject({
      stillStudyingPct: 66.7,
      stillOrChangedPct: 66.7,
      changedField: 0,
      left: 2,
    });
    await api.db.update(participant).set({ firstYearOutcome: "changed_field" }).where(changed);
  });

  it("lets a manager enter and correct a baseline, validated field by field", async () => {
    const manager = await as("testi.esihenkilo");
    const baseline = { cohortYear: Y - 3, students: 20, stillStudying: 14, changedField: 2, source: "Wilma" };
    expect(await manager.metrics.saveBaseline.mutate(baseline)).toEqual({ cohortYear: Y - 3, created: true });
    let retention = await manager.metrics.retention.query();
    expect(retention.cohorts[0]).toMatchObject({
      cohortYear: Y - 3,
      origin: "baseline",
      students: 20,
      stillStudyingPct: 70,
      stillOrChangedPct: 80,
      source: "Wilma",
    });
    expect(retention.baseline).toMatchObject({ fromYear: Y - 3, toYear: Y - 3, stillStudyingPct: 70 });

    expect(await manager.metrics.saveBaseline.mutate({ ...baseline, stillStudying: 15 })).toEqual({
      cohortYear: Y - 3,
      created: false,
    });
    retention = await manager.metrics.retention.query();
    expect(retention.cohorts[0]).toMatchObject({ stillStudyingPct: 75, stillOrChangedPct: 85 });

    expect(
      await badFields(
        manager.metrics.saveBaseline.mutate({ ...baseline, stillStudying: 15, changedField: 6 }),
      ),
    ).toEqual(["changedField"]);
    expect(await badFields(manager.metrics.saveBaseline.mutate({ ...baseline, cohortYear: Y }))).toEqual([
      "cohortYear",
    ]);
    expect(
      await badFields(manager.metrics.saveBaseline.mutate({ ...baseline, students: 0, changedField: -1 })),
    ).toEqual(["changedField", "students"]);
    expect((await manager.metrics.retention.query()).cohorts[0]).toMatchObject({ stillStudyingPct: 75 });

    // A year of three students is kept as entered but not shown, and left out of the pooled figure.
    await manager.metrics.saveBaseline.mutate({
      cohortYear: Y - 4,
      students: 3,
      stillStudying: 2,
      changedField: 0,
    });
    expect((await manager.metrics.baselines.query()).map((b) => [b.cohortYear, b.students])).toEqual([
      [Y - 4, 3],
      [Y - 3, 20],
    ]);
    const withSmall = await manager.metrics.retention.query();
    expect(withSmall.cohorts[0]).toMatchObject({
      cohortYear: Y - 4,
      suppressed: true,
      stillStudyingPct: null,
    });
    expect(withSmall.baseline).toMatchObject({ fromYear: Y - 3, students: 20, stillStudyingPct: 75 });

    // The demo provider's manager still sees the demo's own baseline for that year, not this one.
    const other = await (await as("esihenkilo")).metrics.baselines.query();
    expect(other.find((b) => b.cohortYear === Y - 3)?.students).not.toBe(20);
    const otherGroups = await (await as("esihenkilo")).metrics.attendance.query({});
    expect(otherGroups.groups.map((g) => g.name)).not.toContain("Testi 1A");
  });
});
