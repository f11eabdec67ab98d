import { DEMO_PASSWORD, rowsOf, schema, seedDemoRegion } from "@polku/db";
import { createTestDb, type TestDb } from "@polku/db/testing";
import { coreStepKinds, makeStepKindRegistry, schoolDayOf } from "@polku/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts } from "./auth/accounts.ts";
import { hashPassword } from "./auth/password.ts";
import { createSession, sha256 } from "./auth/sessions.ts";
import type { Context } from "./context.ts";
import { runDomain } from "./domain.ts";
import type { Hooks, MarksSaved } from "./hooks.ts";
import { createCallerFactory } from "./init.ts";
import { corePermissions, makeAuthority } from "./permissions.ts";
import { composeRouter } from "./routers/index.ts";

/**
 * The contract plugins build durable side effects on: a marks-saved hook runs inside the transaction
 * that saved the marks, is told only of marks that changed, and a failing hook saves nothing.
 */
describe("the marks-saved hook", () => {
  let t: TestDb;
  let context: (hooks: Hooks) => Promise<Context>;
  let groupId: string;
  let studentIds: string[];
  const day = schoolDayOf(new Date());

  beforeAll(async () => {
    t = await createTestDb("pglite");
    await seedDemoRegion(t.db, () => hashPassword(DEMO_PASSWORD));
    const [teacher] = rowsOf<{ person_id: string; membership_id: string }>(
      await t.db.execute(sql`select p.id as person_id, m.id as membership_id from person p
        join membership m on m.person_id = p.id where p.username = 'opettaja'`),
    );
    const { token, csrfToken } = await createSession(t.db, teacher!.person_id, teacher!.membership_id);
    const [teacherGroup] = rowsOf<{ id: string }>(
      await t.db.execute(sql`select g.id from teaching_group g join membership m on m.id = ${teacher!.membership_id}
        join organisation o on o.id = m.organisation_id where g.provider_id = coalesce(o.parent_id, o.id)`),
    );
    const [group] = await t.db
      .select()
      .from(schema.teachingGroup)
      .where(eq(schema.teachingGroup.id, teacherGroup!.id));
    groupId = group!.id;
    const members = await t.db
      .select()
      .from(schema.groupMember)
      .where(eq(schema.groupMember.groupId, groupId));
    studentIds = members.slice(0, 3).map((m) => m.studentId);
    context = async (hooks) => ({
      services: {
        db: t.db,
        accounts: createAccounts(t.db),
        authority: makeAuthority(corePermissions),
        stepKinds: runDomain(makeStepKindRegistry(coreStepKinds)),
        log: { info() {}, warn() {}, error() {} },
        hooks,
      },
      transport: {
        ip: null,
        header: (name) => (name === "x-polku-csrf" ? csrfToken : undefined),
        cookie: () => undefined,
        setCookie() {},
        clearCookie() {},
      },
      sessionTokenHash: sha256(token),
      actor: null,
    });
  });
  afterAll(() => t?.dispose());

  const caller = async (hooks: Hooks) => createCallerFactory(composeRouter({}))(await context(hooks));
  const marksOf = (lesson: string) =>
    t.db
      .select({ studentId: schema.attendanceMark.studentId, status: schema.attendanceMark.status })
      .from(schema.attendanceMark)
      .where(and(eq(schema.attendanceMark.day, day), eq(schema.attendanceMark.lesson, lesson)));

  it("is told of the marks saved, in the transaction that saves them, and not of unchanged ones", async () => {
    const events: MarksSaved[] = [];
    let seenInTransaction = 0;
    const api = await caller({
      marksSaved: [
        async (tx, event) => {
          events.push(event);
          // The hook's connection sees the marks before they commit: it is the same transaction.
          const [row] = rowsOf<{ n: number }>(
            await tx.execute(
              sql`select count(*)::int as n from attendance_mark where day = ${day} and lesson = 'H1'`,
            ),
          );
          seenInTransaction = row!.n;
        },
      ],
    });
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
    const api = await caller({
      marksSaved: [
        async () => {
          throw new Error("the plugin could not record its side effect");
        },
      ],
    });
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
});
