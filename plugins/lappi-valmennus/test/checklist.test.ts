/**
 * Seed 001 (#Valmennus, Lappi), the start of studies: enrolling students, the checklist with its late
 * items counted on today's Helsinki date, recording tasks and screenings, who may see and change what,
 * and the audit entries every read and change writes. Through the real tRPC client over HTTP.
 */
import { addDays, localDateIn } from "@polku/domain";
import { and, count, eq, inArray } from "@polku/plugin-sdk/drizzle";
import {
  codeOf,
  loginAs,
  schema,
  startTestApi,
  TRPCClientError,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValmennusRouter } from "../src/server.ts";

const id = "lappi-valmennus";
const { auditLog } = schema;

/** The BAD_REQUEST's code and issue paths of a failed call. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { code?: string; issues?: Array<{ path: string; message: string }> };
      return { code: data.code, message: error.message, paths: (data.issues ?? []).map((i) => i.path) };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe.each(testDatabases())("#Valmennus start-of-studies checklist on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  const today = localDateIn(new Date());
  const login = async (username: string) => {
    const session = await loginAs(api.url, username);
    return { session, checklist: session.plugin<ValmennusRouter>(id).checklist };
  };
  const audited = async (procedure: string, studentIds: string[], action?: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.procedure, `plugins.${id}.checklist.${procedure}`),
          inArray(auditLog.studentId, studentIds),
          eq(auditLog.succeeded, true),
          action ? eq(auditLog.action, action) : undefined,
        ),
      );
    return row?.n ?? 0;
  };

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["lappi-valmennus"] });
  });
  afterAll(() => api?.close());

  it("seeds this autumn's cohort with late and done items, and earlier cohorts with their outcomes", async () => {
    const { checklist } = await login("omaohjaaja");
    const { participants, today: serverToday } = await checklist.overview.query({});
    expect(serverToday).toBe(today);
    const cohorts = [...new Set(participants.map((p) => p.cohortYear))].sort();
    expect(cohorts).toHaveLength(3);
    const [oldest, previous, current] = cohorts as [number, number, number];
    expect([previous - oldest, current - previous]).toEqual([1, 1]);
    const now = participants.filter((p) => p.cohortYear === current);
    expect(now.length).toBeGreaterThan(10);
    expect(now.every((p) => p.groupName !== null && p.firstYearOutcome === null)).toBe(true);
    expect(now.some((p) => p.late > 0)).toBe(true);
    expect(now.some((p) => p.done > 0)).toBe(true);
    for (const p of participants) expect(p.done + p.late + p.open).toBe(8);
    const earlier = participants.filter((p) => p.cohortYear !== current);
    expect(new Set(earlier.map((p) => p.firstYearOutcome))).toEqual(
      new Set(["continuing", "changed_field", "dropped_out", "graduated"]),
    );

    // The demo student: the first weeks recorded, the initial interview (due in three weeks) late.
    const { session: studentSession } = await login("opiskelija");
    const [self] = await studentSession.trpc.students.list.query({});
    const demo = participants.find((p) => p.studentId === self!.id)!;
    expect(demo.cohortYear).toBe(current);
    expect(demo.lateItems).toContain("initial_interview");
    expect(demo.lateItems).not.toContain("initial_situation");
  });

  it("enrols a student once, narrows the overview by cohort and group, and audits each student listed", async () => {
    const { checklist } = await login("omaohjaaja");
    const candidates = await checklist.candidates.query({});
    const [groupA] = await checklist.groups.query();
    const picked = candidates[0]!;
    expect(await audited("candidates", [picked.id], "read")).toBe(1);

    await checklist.enrol.mutate({
      studentId: picked.id,
      cohortYear: 2031,
      startedOn: "2031-08-11",
      groupId: groupA!.id,
    });
    expect(await audited("enrol", [picked.id], "create")).toBe(1);
    expect((await checklist.candidates.query({})).map((c) => c.id)).not.toContain(picked.id);

    const again = await refusal(
      checklist.enrol.mutate({ studentId: picked.id, cohortYear: 2031, startedOn: "2031-08-11" }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/already in the #Valmennus programme \(cohort 2031\)/);

    const { participants } = await checklist.overview.query({ cohortYear: 2031 });
    expect(participants.map((p) => p.studentId)).toEqual([picked.id]);
    // Not started yet: nothing is due, nothing is late.
    expect(participants[0]).toMatchObject({ groupId: groupA!.id, done: 0, late: 0, open: 8, lateItems: [] });
    const inGroup = await checklist.overview.query({ groupId: groupA!.id });
    expect(inGroup.participants.map((p) => p.studentId)).toContain(picked.id);
    expect(inGroup.participants.every((p) => p.groupId === groupA!.id)).toBe(true);

    const ids = inGroup.participants.map((p) => p.studentId);
    const before = await audited("overview", ids, "read");
    await checklist.overview.query({ groupId: groupA!.id });
    expect((await audited("overview", ids, "read")) - before).toBe(ids.length);

    // The core's audit trail shows the reads to the student's manager too.
    const { session: manager } = await login("esihenkilo");
    const trail = await manager.trpc.audit.forStudent.query({ studentId: picked.id });
    expect(trail.entries.flatMap((t) => t.procedures)).toEqual(
      expect.arrayContaining([`plugins.${id}.checklist.enrol`, `plugins.${id}.checklist.overview`]),
    );
  });

  it("refuses bad input naming each field", async () => {
    const { checklist } = await login("omaohjaaja");
    const [candidate] = await checklist.candidates.query({});
    const bad = await refusal(
      checklist.enrol.mutate({ studentId: "not-a-uuid", cohortYear: 1999, startedOn: "2026-02-30" }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.paths.sort()).toEqual(["cohortYear", "startedOn", "studentId"]);
    const mismatch = await refusal(
      checklist.enrol.mutate({ studentId: candidate!.id, cohortYear: 2020, startedOn: "2026-08-12" }),
    );
    expect(mismatch).toMatchObject({ code: "BAD_REQUEST", paths: ["cohortYear"] });
    const noGroup = await refusal(
      checklist.enrol.mutate({
        studentId: candidate!.id,
        cohortYear: 2026,
        startedOn: "2026-08-12",
        groupId: "00000000-0000-4000-8000-000000000000",
      }),
    );
    expect(noGroup).toMatchObject({ code: "BAD_REQUEST", paths: ["groupId"] });

    const { participants } = await checklist.overview.query({});
    const someone = participants[0]!.studentId;
    const longNote = await refusal(
      checklist.recordTask.mutate({
        studentId: someone,
        task: "space_travel" as "initial_interview",
        doneOn: today,
        note: "x".repeat(4001),
      }),
    );
    expect(longNote).toMatchObject({ code: "BAD_REQUEST" });
    expect(longNote.paths.sort()).toEqual(["note", "task"]);
    const screening = await refusal(
      checklist.recordScreening.mutate({
        studentId: someone,
        kind: "art" as "reading",
        takenOn: today,
        result: "fine" as "no_need",
        score: 1001,
      }),
    );
    expect(screening.paths.sort()).toEqual(["kind", "result", "score"]);
  });

  it("counts items late from the day after they are due, and records, re-records and takes back tasks", async () => {
    const { checklist } = await login("omaohjaaja");
    const [onTime, overdue] = await checklist.candidates.query({});
    const cohortOf = (day: string) => Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 7 ? 1 : 0);
    // The two-week items of one fall due today (open), of the other yesterday (late).
    for (const [who, startedOn] of [
      [onTime!, addDays(today, -14)],
      [overdue!, addDays(today, -15)],
    ] as const) {
      await checklist.enrol.mutate({ studentId: who.id, cohortYear: cohortOf(startedOn), startedOn });
    }
    const due = await checklist.forStudent.query({ studentId: onTime!.id });
    const state = (items: typeof due.items, item: string) => items.find((i) => i.id === item)!;
    expect(state(due.items, "initial_situation")).toMatchObject({
      state: "open",
      dueOn: today,
      doneOn: null,
    });
    expect(state(due.items, "initial_interview").state).toBe("open");

    const late = await checklist.forStudent.query({ studentId: overdue!.id });
    expect(state(late.items, "initial_situation")).toMatchObject({
      state: "late",
      dueOn: addDays(today, -1),
    });
    expect(state(late.items, "support_needs").state).toBe("late");
    // The HOKS item follows the core HOKS, whatever is recorded here.
    expect(state(late.items, "hoks_started").state).toBe(late.hoksStatus === null ? "late" : "done");
    expect(state(late.items, "initial_interview").state).toBe("open");
    const lateBefore = late.summary.late;

    await checklist.recordTask.mutate({
      studentId: overdue!.id,
      task: "initial_situation",
      doneOn: addDays(today, -3),
      note: "Tulee peruskoulusta; tarvitsee tukea matematiikkaan.",
    });
    const recorded = await checklist.forStudent.query({ studentId: overdue!.id });
    expect(state(recorded.items, "initial_situation")).toMatchObject({
      state: "done",
      doneOn: addDays(today, -3),
      note: "Tulee peruskoulusta; tarvitsee tukea matematiikkaan.",
    });
    expect(recorded.summary.late).toBe(lateBefore - 1);
    expect(await audited("recordTask", [overdue!.id], "create")).toBe(1);

    await checklist.recordTask.mutate({ studentId: overdue!.id, task: "initial_situation", doneOn: today });
    const rerecorded = await checklist.forStudent.query({ studentId: overdue!.id });
    expect(state(rerecorded.items, "initial_situation")).toMatchObject({ doneOn: today, note: null });
    expect(await audited("recordTask", [overdue!.id], "update")).toBe(1);

    const future = await refusal(
      checklist.recordTask.mutate({
        studentId: overdue!.id,
        task: "initial_interview",
        doneOn: addDays(today, 1),
      }),
    );
    expect(future).toMatchObject({ code: "BAD_REQUEST", paths: ["doneOn"] });

    expect(await checklist.undoTask.mutate({ studentId: overdue!.id, task: "initial_situation" })).toEqual({
      removed: true,
    });
    const undone = await checklist.forStudent.query({ studentId: overdue!.id });
    expect(state(undone.items, "initial_situation").state).toBe("late");
    expect(await checklist.undoTask.mutate({ studentId: overdue!.id, task: "initial_situation" })).toEqual({
      removed: false,
    });
    expect(await audited("undoTask", [overdue!.id])).toBe(1);

    // Not in the programme: nothing to record on.
    const [outsider] = await checklist.candidates.query({});
    expect(
      await codeOf(
        checklist.recordTask.mutate({ studentId: outsider!.id, task: "initial_interview", doneOn: today }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(checklist.forStudent.query({ studentId: outsider!.id }))).toBe("NOT_FOUND");
  });

  it("records screenings and when they were gone through; a changed result needs going through again", async () => {
    const { checklist } = await login("opettaja");
    const { participants } = await checklist.overview.query({});
    // A current participant with no screening yet.
    let target: string | undefined;
    for (const p of participants.filter((x) => x.firstYearOutcome === null)) {
      const d = await checklist.forStudent.query({ studentId: p.studentId });
      if (d.screenings.length === 0) {
        target = p.studentId;
        break;
      }
    }
    expect(target).toBeDefined();
    const studentId = target!;
    const reviewState = async () =>
      (await checklist.forStudent.query({ studentId })).items.find((i) => i.id === "screening_reviewed")!;

    const noResult = await refusal(checklist.markScreeningReviewed.mutate({ studentId, reviewedOn: today }));
    expect(noResult).toMatchObject({ code: "BAD_REQUEST", paths: ["kind"] });

    const taken = addDays(today, -5);
    await checklist.recordScreening.mutate({
      studentId,
      kind: "reading",
      takenOn: taken,
      result: "some_support",
      score: 420,
    });
    await checklist.markScreeningReviewed.mutate({ studentId, kind: "reading", reviewedOn: today });
    // One of the two results gone through is not yet the review.
    expect((await reviewState()).state).not.toBe("done");
    expect(
      (await refusal(checklist.markScreeningReviewed.mutate({ studentId, kind: "maths", reviewedOn: today })))
        .paths,
    ).toEqual(["kind"]);

    await checklist.recordScreening.mutate({ studentId, kind: "maths", takenOn: taken, result: "no_need" });
    const early = await refusal(
      checklist.markScreeningReviewed.mutate({ studentId, reviewedOn: addDays(taken, -1) }),
    );
    expect(early).toMatchObject({ code: "BAD_REQUEST", paths: ["reviewedOn"] });
    expect(await checklist.markScreeningReviewed.mutate({ studentId, reviewedOn: today })).toEqual({
      kinds: expect.arrayContaining(["reading", "maths"]),
    });
    expect(await reviewState()).toMatchObject({ state: "done", doneOn: today });
    const detail = await checklist.forStudent.query({ studentId });
    expect(detail.screenings.find((s) => s.kind === "reading")).toMatchObject({
      takenOn: taken,
      result: "some_support",
      score: 420,
      reviewedOn: today,
    });
    expect(detail.items.find((i) => i.id === "reading_screening")).toMatchObject({
      state: "done",
      doneOn: taken,
    });

    // The same result again keeps the review; a new result has not been heard yet.
    await checklist.recordScreening.mutate({
      studentId,
      kind: "maths",
      takenOn: taken,
      result: "no_need",
      score: 500,
    });
    expect((await reviewState()).state).toBe("done");
    await checklist.recordScreening.mutate({
      studentId,
      kind: "maths",
      takenOn: today,
      result: "support_needed",
    });
    expect((await reviewState()).state).not.toBe("done");
    expect(await audited("recordScreening", [studentId], "create")).toBe(2);
    expect(await audited("recordScreening", [studentId], "update")).toBe(2);
    expect(await audited("markScreeningReviewed", [studentId], "update")).toBe(2);
  });

  it("shows a student their own checklist and a guardian a minor ward's, read-only", async () => {
    const { session: studentSession, checklist: own } = await login("opiskelija");
    const [self] = await studentSession.trpc.students.list.query({});
    const mine = await own.overview.query({});
    expect(mine.participants.map((p) => p.studentId)).toEqual([self!.id]);
    // Teaching groups are the staff's: the student sees no group name.
    expect(mine.participants[0]!.groupName).toBeNull();
    const detail = await own.forStudent.query({ studentId: self!.id });
    expect(detail.items).toHaveLength(8);
    expect(detail.items.find((i) => i.id === "initial_situation")?.state).toBe("done");
    expect(await audited("forStudent", [self!.id], "read")).toBeGreaterThanOrEqual(1);
    expect(
      await codeOf(own.recordTask.mutate({ studentId: self!.id, task: "initial_interview", doneOn: today })),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(own.enrol.mutate({ studentId: self!.id, cohortYear: 2026, startedOn: "2026-08-12" })),
    ).toBe("FORBIDDEN");

    const { checklist: tutor } = await login("omaohjaaja");
    const everyone = (await tutor.overview.query({})).participants;
    const other = everyone.find((p) => p.studentId !== self!.id)!;
    expect(await codeOf(own.forStudent.query({ studentId: other.studentId }))).toBe("NOT_FOUND");

    const { session: guardianSession, checklist: guardian } = await login("huoltaja");
    const wards = await guardianSession.trpc.students.list.query({});
    const seen = (await guardian.overview.query({})).participants;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.minor && wards.some((w) => w.id === p.studentId))).toBe(true);
    expect((await guardian.forStudent.query({ studentId: seen[0]!.studentId })).participant.studentId).toBe(
      seen[0]!.studentId,
    );
    const notWard = everyone.find((p) => !wards.some((w) => w.id === p.studentId))!;
    expect(await codeOf(guardian.forStudent.query({ studentId: notWard.studentId }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        guardian.recordTask.mutate({
          studentId: seen[0]!.studentId,
          task: "initial_interview",
          doneOn: today,
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("gives partners nothing, and another provider's tutor sees and changes nothing of this provider's", async () => {
    const { checklist: tutor } = await login("omaohjaaja");
    const someone = (await tutor.overview.query({})).participants[0]!.studentId;
    for (const partner of ["valmentaja", "yritys", "kumppani"]) {
      const { checklist } = await login(partner);
      expect(await codeOf(checklist.overview.query({})), partner).toBe("FORBIDDEN");
      expect(await codeOf(checklist.forStudent.query({ studentId: someone })), partner).toBe("FORBIDDEN");
      expect(
        await codeOf(
          checklist.recordTask.mutate({ studentId: someone, task: "initial_interview", doneOn: today }),
        ),
        partner,
      ).toBe("FORBIDDEN");
    }

    const { checklist: other } = await login("harju.ohjaaja");
    expect((await other.overview.query({})).participants).toEqual([]);
    expect((await other.candidates.query({})).map((c) => c.id)).not.toContain(someone);
    expect(await codeOf(other.forStudent.query({ studentId: someone }))).toBe("NOT_FOUND");
    expect(
      await codeOf(other.recordTask.mutate({ studentId: someone, task: "initial_interview", doneOn: today })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(other.undoTask.mutate({ studentId: someone, task: "initial_situation" }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        other.recordScreening.mutate({
          studentId: someone,
          kind: "reading",
          takenOn: today,
          result: "no_need",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(other.enrol.mutate({ studentId: someone, cohortYear: 2026, startedOn: "2026-08-12" })),
    ).toBe("NOT_FOUND");
  });
});
