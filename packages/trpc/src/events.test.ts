import { DEMO_PASSWORD, rowsOf, schema, seedDemoRegion } from "@polku/db";
import { createTestDb, type TestDb } from "@polku/db/testing";
import { schoolDayOf } from "@polku/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password.ts";
import { coreEventList, coreEvents } from "./core-events.ts";
import { type AnySubscription, on, type PayloadOf } from "./events.ts";
import { createCallerFactory } from "./init.ts";
import { composeRouter } from "./routers/index.ts";
import { testContextAs } from "./test-context.ts";

type MarksSaved = PayloadOf<typeof coreEvents.marksSaved>;

/**
 * The contract plugins build durable side effects on: a subscriber to `core.marksSaved` runs inside the
 * transaction that saved the marks, is told only of marks that changed, and a failing one saves nothing.
 */
describe("core.marksSaved", () => {
  let t: TestDb;
  let groupId: string;
  let studentIds: string[];
  const day = schoolDayOf(new Date());

  /** A caller logged in as a demo user, in a deployment where the test's subscriptions listen. */
  const callerAs = async (username: string, subscriptions: readonly AnySubscription[]) =>
    createCallerFactory(composeRouter({}))(await testContextAs(t.db, username, subscriptions));

  beforeAll(async () => {
    t = await createTestDb("pglite");
    await seedDemoRegion(t.db, () => hashPassword(DEMO_PASSWORD));
    const [teacherGroup] = rowsOf<{ id: string }>(
      await t.db.execute(sql`select g.id from teaching_group g join membership m on m.person_id =
          (select id from person where username = 'opettaja')
        join organisation o on o.id = m.organisation_id where g.provider_id = coalesce(o.parent_id, o.id)`),
    );
    groupId = teacherGroup!.id;
    const members = await t.db
      .select()
      .from(schema.groupMember)
      .where(eq(schema.groupMember.groupId, groupId));
    studentIds = members.slice(0, 3).map((m) => m.studentId);
  });
  afterAll(() => t?.dispose());

  const caller = (subscriptions: readonly AnySubscription[]) => callerAs("opettaja", subscriptions);
  const marksOf = (lesson: string) =>
    t.db
      .select({ studentId: schema.attendanceMark.studentId, status: schema.attendanceMark.status })
      .from(schema.attendanceMark)
      .where(and(eq(schema.attendanceMark.day, day), eq(schema.attendanceMark.lesson, lesson)));

  it("is told of the marks saved, in the transaction that saves them, and not of unchanged ones", async () => {
    const events: MarksSaved[] = [];
    let seenInTransaction = 0;
    const api = await caller([
      on(coreEvents.marksSaved, async ({ tx }, event) => {
        events.push(event);
        // The hook's connection sees the marks before they commit: it is the same transaction.
        const [row] = rowsOf<{ n: number }>(
          await tx.execute(
            sql`select count(*)::int as n from attendance_mark where day = ${day} and lesson = 'H1'`,
          ),
        );
        seenInTransaction = row!.n;
      }),
    ]);
    const marks = [
      { studentId: studentIds[0]!, status: "absent" as const },
      { studentId: studentIds[1]!, status: "present" as const },
    ];
    await api.attendance.mark({ groupId, day, lesson: "H1", marks });
    expect(seenInTransaction).toBe(2);
    expect(events).toHaveLength(1);
    expect(events[0]!.marks).toEqual(
      expect.arrayContaining([
        { studentId: studentIds[0], day, lesson: "H1", status: "absent" },
        { studentId: studentIds[1], day, lesson: "H1", status: "present" },
      ]),
    );
    // Marked again as they are: nothing changed, the hook is not called.
    await api.attendance.mark({ groupId, day, lesson: "H1", marks });
    expect(events).toHaveLength(1);
  });

  it("saves nothing when a hook fails: the marks and the hook's work commit together or not at all", async () => {
    const api = await caller([
      on(coreEvents.marksSaved, async () => {
        throw new Error("the plugin could not record its side effect");
      }),
    ]);
    await expect(
      api.attendance.mark({
        groupId,
        day,
        lesson: "H2",
        marks: [{ studentId: studentIds[2]!, status: "absent" }],
      }),
    ).rejects.toThrow();
    expect(await marksOf("H2")).toEqual([]);
  });

  it("tells of steps, outcomes, grants and study rights by the core's writes, each in its transaction", async () => {
    const seen: string[] = [];
    const listen = coreEventList.map((event) =>
      on(event, async (_ctx, payload) => {
        seen.push(`${event.name} ${(payload as { studentId?: string }).studentId === studentId}`);
      }),
    );
    const tutor = await callerAs("omaohjaaja", listen);
    const [first] = await tutor.students.list({ limit: 1 });
    const studentId = first!.id;
    await tutor.pathway.addStep({ studentId, kind: "coaching-session", status: "planned" });
    await tutor.pathway.recordOutcome({ studentId, kind: "vocational_studies", occurredOn: day });
    await tutor.students.changeStudyRight({ studentId, state: "loma" });
    const [workshop] = await t.db
      .select({ id: schema.organisation.id })
      .from(schema.organisation)
      .where(eq(schema.organisation.kind, "workshop"));
    const consentGivenBy = first!.minor ? "guardian" : "student";
    const granted = await tutor.grants.create({
      studentId,
      granteeOrganisationId: workshop!.id,
      scope: "handover",
      consentGivenBy,
    });
    await tutor.grants.revoke({ grantId: granted.id });
    expect(seen).toEqual([
      "core.stepRecorded true",
      "core.outcomeRecorded true",
      "core.studyRightChanged true",
      "core.grantCreated true",
      "core.grantRevoked true",
    ]);
  });
});
