import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import {
  accessGrant,
  attendanceMark,
  coachingNote,
  organisation,
  person,
  student,
  welfareReferral,
} from "./schema/index.ts";
import { type ActorScope, createTestDb, inScope, type TestDb, testDatabases } from "./testing.ts";

/** The second wall around welfare content, notes and attendance, as the application role sees it. */
describe.each(testDatabases())("welfare, notes and attendance under RLS on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const otherProvider = randomUUID();
  const workshop = randomUUID();
  const studentId = randomUUID();
  const studentPerson = randomUUID();
  const tutorPerson = randomUUID();
  const welfarePerson = randomUUID();
  const as = (role: string, personId: string | null = tutorPerson): ActorScope => ({
    providerId: provider,
    organisationId: provider,
    personId,
    role,
  });
  const tutor = as("tutor");
  const welfare = as("welfare", welfarePerson);
  const coach: ActorScope = {
    providerId: null,
    organisationId: workshop,
    personId: randomUUID(),
    role: "workshop_coach",
  };
  const otherStaff: ActorScope = {
    providerId: otherProvider,
    organisationId: otherProvider,
    personId: randomUUID(),
    role: "welfare",
  };
  const self: ActorScope = {
    providerId: null,
    organisationId: provider,
    personId: studentPerson,
    role: "student",
  };

  beforeAll(async () => {
    t = await createTestDb(kind);
    await t.db.insert(organisation).values([
      { id: provider, kind: "provider", name: "P" },
      { id: otherProvider, kind: "provider", name: "Q" },
      { id: workshop, kind: "workshop", name: "W" },
    ]);
    await t.db.insert(person).values(
      [studentPerson, tutorPerson, welfarePerson].map((id) => ({
        id,
        username: id,
        passwordHash: "x",
        firstName: "A",
        lastName: "B",
      })),
    );
    await t.db.insert(student).values({
      providerId: provider,
      id: studentId,
      personId: studentPerson,
      firstName: "S",
      lastName: "T",
      birthDate: "2000-01-01",
    });
    await t.db.insert(accessGrant).values({
      providerId: provider,
      studentId,
      granteeOrganisationId: workshop,
      scope: "handover",
      consentGivenBy: "student",
    });
  });
  afterAll(() => t?.dispose());

  it("lets any staff member refer a student but only welfare staff read the referral", async () => {
    await inScope(t.db, tutor, (tx) =>
      tx.insert(welfareReferral).values({
        providerId: provider,
        studentId,
        service: "counsellor",
        reason: "Jaksaminen",
        referredBy: tutorPerson,
        disclosureAllowed: true,
      }),
    );
    await inScope(t.db, tutor, (tx) =>
      tx.insert(welfareReferral).values({
        providerId: provider,
        studentId,
        service: "nurse",
        reason: "Terveys",
        referredBy: tutorPerson,
      }),
    );
    for (const scope of [tutor, as("teacher"), as("manager"), coach, otherStaff, self]) {
      expect(await inScope(t.db, scope, (tx) => tx.select().from(welfareReferral))).toEqual([]);
    }
    const seen = await inScope(t.db, welfare, (tx) =>
      tx.select({ reason: welfareReferral.reason }).from(welfareReferral),
    );
    expect(seen.map((r) => r.reason).sort()).toEqual(["Jaksaminen", "Terveys"]);
  });

  it("tells other staff only how many referrals the student allowed to disclose, and outsiders nothing", async () => {
    const count = async (scope: ActorScope) =>
      rowsOf<{ n: number }>(
        await inScope(t.db, scope, (tx) =>
          tx.execute(sql`select polku_disclosed_referrals(${provider}::uuid, ${studentId}::uuid) as n`),
        ),
      )[0]?.n;
    expect(await count(tutor)).toBe(1);
    expect(await count(otherStaff)).toBe(0);
    expect(await count(coach)).toBe(0);
  });

  it("keeps welfare notes to welfare staff and staff notes to staff", async () => {
    await expect(
      inScope(t.db, tutor, (tx) =>
        tx.insert(coachingNote).values({
          providerId: provider,
          studentId,
          visibility: "welfare",
          body: "x",
          authorPersonId: tutorPerson,
        }),
      ),
    ).rejects.toThrow();
    await inScope(t.db, welfare, (tx) =>
      tx.insert(coachingNote).values([
        {
          providerId: provider,
          studentId,
          visibility: "welfare",
          body: "welfare only",
          authorPersonId: welfarePerson,
        },
        {
          providerId: provider,
          studentId,
          visibility: "staff",
          body: "staff only",
          authorPersonId: welfarePerson,
        },
        {
          providerId: provider,
          studentId,
          visibility: "team",
          body: "for the team",
          authorPersonId: welfarePerson,
        },
      ]),
    );
    const bodies = async (scope: ActorScope) =>
      (await inScope(t.db, scope, (tx) => tx.select({ body: coachingNote.body }).from(coachingNote)))
        .map((r) => r.body)
        .sort();
    expect(await bodies(welfare)).toEqual(["for the team", "staff only", "welfare only"]);
    expect(await bodies(tutor)).toEqual(["for the team", "staff only"]);
    expect(await bodies(coach)).toEqual(["for the team"]);
    expect(await bodies(self)).toEqual(["for the team"]);
    expect(await bodies(otherStaff)).toEqual([]);
  });

  it("shows attendance to the provider and the student, never to a partner", async () => {
    await inScope(t.db, as("teacher"), (tx) =>
      tx.insert(attendanceMark).values({
        providerId: provider,
        studentId,
        day: "2026-11-23",
        status: "absent",
        recordedBy: tutorPerson,
      }),
    );
    expect(await inScope(t.db, coach, (tx) => tx.select().from(attendanceMark))).toEqual([]);
    expect(await inScope(t.db, otherStaff, (tx) => tx.select().from(attendanceMark))).toEqual([]);
    expect(await inScope(t.db, self, (tx) => tx.select().from(attendanceMark))).toHaveLength(1);
    await expect(
      inScope(t.db, self, (tx) =>
        tx
          .insert(attendanceMark)
          .values({ providerId: provider, studentId, day: "2026-11-24", status: "present" }),
      ),
    ).rejects.toThrow();
  });
});
