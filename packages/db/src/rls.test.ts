import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { accessGrant, auditLog, organisation, pathwayStep, person, student } from "./schema/index.ts";
import { createTestDb, inScope, type TestDb, testDatabases } from "./testing.ts";

describe.each(testDatabases())("row-level security on $kind", ({ kind }) => {
  let t: TestDb;
  const providerA = randomUUID();
  const providerB = randomUUID();
  const workshop = randomUUID();
  const studentA = randomUUID();
  const studentB = randomUUID();
  const staffPerson = randomUUID();
  const staffA = { providerId: providerA, organisationId: providerA, personId: staffPerson };
  const coachPerson = randomUUID();
  const workshopCoach = { providerId: null, organisationId: workshop, personId: coachPerson };

  beforeAll(async () => {
    t = await createTestDb(kind);
    // Seeding runs as the owner, which bypasses RLS, as the migrations and demo seeding do.
    await t.db.insert(organisation).values([
      { id: providerA, kind: "provider", name: "Provider A" },
      { id: providerB, kind: "provider", name: "Provider B" },
      { id: workshop, kind: "workshop", name: "Workshop" },
    ]);
    await t.db.insert(person).values({
      id: coachPerson,
      username: `coach-${coachPerson}`,
      passwordHash: "-",
      firstName: "C",
      lastName: "C",
    });
    await t.db.insert(student).values([
      { providerId: providerA, id: studentA, firstName: "Aino", lastName: "A", birthDate: "2005-01-01" },
      { providerId: providerB, id: studentB, firstName: "Bertta", lastName: "B", birthDate: "2005-01-01" },
    ]);
  });
  afterAll(() => t?.dispose());

  it("runs requests as a role that is not a superuser", async () => {
    const who = await inScope(t.db, staffA, (tx) =>
      tx.execute(
        sql`select current_user as "user", (select rolsuper from pg_roles where rolname = current_user) as super`,
      ),
    );
    expect(rowsOf<{ user: string; super: boolean }>(who)).toEqual([{ user: "polku_app", super: false }]);
  });

  it("returns only the acting provider's students to a query with no filter", async () => {
    const rows = await inScope(t.db, staffA, (tx) => tx.select({ id: student.id }).from(student));
    expect(rows.map((r) => r.id)).toEqual([studentA]);
  });

  it("cannot update, delete or insert another provider's rows", async () => {
    await inScope(t.db, staffA, async (tx) => {
      const updated = await tx
        .update(student)
        .set({ firstName: "Hacked" })
        .where(eq(student.id, studentB))
        .returning({ id: student.id });
      expect(updated).toEqual([]);
      const deleted = await tx.delete(student).where(eq(student.id, studentB)).returning({ id: student.id });
      expect(deleted).toEqual([]);
    });
    await expect(
      inScope(t.db, staffA, (tx) =>
        tx
          .insert(student)
          .values({ providerId: providerB, firstName: "X", lastName: "Y", birthDate: "2001-01-01" }),
      ),
    ).rejects.toThrow();
    const [b] = await t.db.select().from(student).where(eq(student.id, studentB));
    expect(b?.firstName).toBe("Bertta");
  });

  it("shows a partner nothing without a grant, and the granted student while the grant lasts", async () => {
    expect(await inScope(t.db, workshopCoach, (tx) => tx.select().from(student))).toEqual([]);
    const grantId = randomUUID();
    await inScope(t.db, staffA, (tx) =>
      tx.insert(accessGrant).values({
        providerId: providerA,
        id: grantId,
        studentId: studentA,
        granteeOrganisationId: workshop,
        scope: "handover",
        consentGivenBy: "student",
      }),
    );
    const seen = await inScope(t.db, workshopCoach, (tx) => tx.select({ id: student.id }).from(student));
    expect(seen.map((r) => r.id)).toEqual([studentA]);
    // The partner may record steps, signed as itself, for the granted student, but not for others.
    const stepBy = (providerId: string, studentId: string) => ({
      providerId,
      studentId,
      kind: "work-trial",
      phase: "continuation" as const,
      organisationId: workshop,
      recordedBy: coachPerson,
    });
    await inScope(t.db, workshopCoach, (tx) => tx.insert(pathwayStep).values(stepBy(providerA, studentA)));
    await expect(
      inScope(t.db, workshopCoach, (tx) => tx.insert(pathwayStep).values(stepBy(providerB, studentB))),
    ).rejects.toThrow();
    // The partner cannot change the student record itself.
    const changed = await inScope(t.db, workshopCoach, (tx) =>
      tx
        .update(student)
        .set({ firstName: "Changed" })
        .where(eq(student.id, studentA))
        .returning({ id: student.id }),
    );
    expect(changed).toEqual([]);

    await inScope(t.db, staffA, (tx) =>
      tx.update(accessGrant).set({ revokedAt: new Date() }).where(eq(accessGrant.id, grantId)),
    );
    expect(await inScope(t.db, workshopCoach, (tx) => tx.select().from(student))).toEqual([]);
    expect(await inScope(t.db, workshopCoach, (tx) => tx.select().from(pathwayStep))).toEqual([]);
  });

  it("lets the application append to the audit log but never read it", async () => {
    await inScope(t.db, { ...staffA, procedure: "t" }, (tx) =>
      tx.insert(auditLog).values({
        providerId: providerA,
        actorPersonId: staffPerson,
        actorOrganisationId: providerA,
        action: "read",
        procedure: "t",
      }),
    );
    const error = await inScope(t.db, staffA, (tx) => tx.select().from(auditLog)).catch((e: Error) => e);
    expect(String((error as Error).cause)).toMatch(/permission denied/);
  });

  it("does not carry one request's scope over to the next on the same connection", async () => {
    await inScope(t.db, staffA, (tx) => tx.select().from(student));
    const rows = await inScope(t.db, { providerId: null, organisationId: null, personId: null }, (tx) =>
      tx.select().from(student),
    );
    expect(rows).toEqual([]);
  });
});
