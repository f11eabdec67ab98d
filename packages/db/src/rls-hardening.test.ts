import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import {
  accessGrant,
  auditLog,
  guardian,
  organisation,
  pathwayStep,
  person,
  student,
} from "./schema/index.ts";
import { type ActorScope, createTestDb, inScope, type TestDb, testDatabases } from "./testing.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error) => String(error.cause ?? error),
  );

/** What the application role can no longer do, after the review of the first wall's second wall. */
describe.each(testDatabases())("hardened row-level security on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const workshop = randomUUID();
  const adult = randomUUID();
  const adultPerson = randomUUID();
  const guardianPerson = randomUUID();
  const tutorPerson = randomUUID();
  const coachPerson = randomUUID();
  const grantId = randomUUID();
  const tutor: ActorScope = {
    providerId: provider,
    organisationId: provider,
    personId: tutorPerson,
    role: "tutor",
  };
  const coach: ActorScope = {
    providerId: null,
    organisationId: workshop,
    personId: coachPerson,
    role: "workshop_coach",
  };
  const self: ActorScope = {
    providerId: null,
    organisationId: provider,
    personId: adultPerson,
    role: "student",
  };
  const exGuardian: ActorScope = {
    providerId: null,
    organisationId: provider,
    personId: guardianPerson,
    role: "guardian",
  };

  beforeAll(async () => {
    t = await createTestDb(kind);
    await t.db.insert(organisation).values([
      { id: provider, kind: "provider", name: "P" },
      { id: workshop, kind: "workshop", name: "W" },
    ]);
    await t.db.insert(person).values(
      [adultPerson, guardianPerson, tutorPerson, coachPerson].map((id) => ({
        id,
        username: id,
        passwordHash: "$argon2id$secret",
        firstName: "A",
        lastName: "B",
      })),
    );
    await t.db.insert(student).values({
      providerId: provider,
      id: adult,
      personId: adultPerson,
      firstName: "S",
      lastName: "T",
      birthDate: "2000-01-01",
    });
    await t.db.insert(guardian).values({
      providerId: provider,
      studentId: adult,
      personId: guardianPerson,
      firstName: "G",
      lastName: "T",
    });
    await t.db.insert(accessGrant).values({
      providerId: provider,
      id: grantId,
      studentId: adult,
      granteeOrganisationId: workshop,
      scope: "handover",
      consentGivenBy: "student",
    });
    await t.db.insert(pathwayStep).values({
      providerId: provider,
      studentId: adult,
      kind: "initial-interview",
      phase: "onboarding",
      organisationId: provider,
      note: "tutor's note",
    });
  });
  afterAll(() => t?.dispose());

  it("never lets the application read a password hash or rewrite a person", async () => {
    expect(
      await failure(inScope(t.db, tutor, (tx) => tx.execute(sql`select password_hash from person`))),
    ).toMatch(/permission denied/);
    expect(
      await failure(
        inScope(t.db, tutor, (tx) =>
          tx.update(person).set({ firstName: "X" }).where(eq(person.id, coachPerson)),
        ),
      ),
    ).toMatch(/permission denied/);
    // Not even through the login lookup: only the owner's connection (logging in) may call it.
    expect(
      await failure(
        inScope(t.db, tutor, (tx) =>
          tx.execute(sql`select password_hash from polku_login_lookup(${tutorPerson})`),
        ),
      ),
    ).toMatch(/permission denied/);
    const lookup = rowsOf<{ person_id: string }>(
      await t.db.execute(sql`select person_id from polku_login_lookup(${tutorPerson})`),
    );
    expect(lookup.map((r) => r.person_id)).toEqual([tutorPerson]);
  });

  it("lets a student end a grant but not revive, extend or redirect one", async () => {
    expect(
      await failure(
        inScope(t.db, self, (tx) =>
          tx.update(accessGrant).set({ granteeOrganisationId: provider }).where(eq(accessGrant.id, grantId)),
        ),
      ),
    ).toMatch(/permission denied/);
    await inScope(t.db, self, (tx) =>
      tx.update(accessGrant).set({ revokedAt: new Date() }).where(eq(accessGrant.id, grantId)),
    );
    const revived = await inScope(t.db, self, (tx) =>
      tx
        .update(accessGrant)
        .set({ revokedAt: null })
        .where(eq(accessGrant.id, grantId))
        .returning({ id: accessGrant.id }),
    );
    expect(revived).toEqual([]);
    const [row] = await t.db
      .select({ revokedAt: accessGrant.revokedAt })
      .from(accessGrant)
      .where(eq(accessGrant.id, grantId));
    expect(row?.revokedAt).not.toBeNull();
  });

  it("keeps a partner from changing or deleting the provider's pathway records", async () => {
    await t.db.insert(accessGrant).values({
      providerId: provider,
      studentId: adult,
      granteeOrganisationId: workshop,
      scope: "handover",
      consentGivenBy: "student",
    });
    const changed = await inScope(t.db, coach, (tx) =>
      tx
        .update(pathwayStep)
        .set({ note: "overwritten" })
        .where(eq(pathwayStep.studentId, adult))
        .returning({ id: pathwayStep.id }),
    );
    expect(changed).toEqual([]);
    expect(
      await failure(
        inScope(t.db, coach, (tx) => tx.delete(pathwayStep).where(eq(pathwayStep.studentId, adult))),
      ),
    ).toMatch(/permission denied/);
  });

  it("refuses audit entries written in someone else's name or about an unseen student", async () => {
    const forged = inScope(t.db, { ...coach, procedure: "x" }, (tx) =>
      tx.insert(auditLog).values({
        providerId: provider,
        actorPersonId: tutorPerson,
        studentId: adult,
        action: "read",
        procedure: "x",
      }),
    );
    expect(await failure(forged)).toMatch(/row-level security/);
    const unseen = inScope(t.db, { ...coach, organisationId: randomUUID(), procedure: "x" }, (tx) =>
      tx.insert(auditLog).values({
        providerId: provider,
        actorPersonId: coachPerson,
        studentId: adult,
        action: "read",
        procedure: "x",
      }),
    );
    expect(await failure(unseen)).toMatch(/row-level security/);
  });

  it("hides a guardian's own row once the ward is an adult", async () => {
    expect(await inScope(t.db, exGuardian, (tx) => tx.select().from(guardian))).toEqual([]);
  });
});
