import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { seedDemoRegion } from "./demo/seed.ts";
import { organisation, person } from "./schema/index.ts";
import { type ActorScope, createTestDb, inScope, type TestDb, testDatabases } from "./testing.ts";

/**
 * Share agreements under row-level security, as the application role: the provider's negotiators see
 * and propose; a partner sees only agreements it is party to and accepts only its own part; nothing is
 * changed or deleted; the funding facts come pseudonymous, and each read leaves an audit entry.
 */
describe.each(testDatabases())("funding agreements under RLS on $kind", ({ kind }) => {
  let t: TestDb;
  let provider: string;
  let workshop: string;
  const stranger = randomUUID();
  const negotiator = randomUUID();
  const coach = randomUUID();
  const agreement = randomUUID();
  let studentId: string;

  const as = (s: Partial<ActorScope>): ActorScope => ({
    providerId: null,
    organisationId: null,
    personId: null,
    role: null,
    procedure: "test.funding",
    ...s,
  });
  const count = async (scope: ActorScope, table: string) =>
    rowsOf<{ n: number }>(
      await inScope(t.db, scope, (tx) => tx.execute(sql.raw(`select count(*)::int as n from ${table}`))),
    )[0]!.n;
  const failure = (p: Promise<unknown>) => p.then(() => "ok").catch((e: Error) => String(e.cause ?? e));

  beforeAll(async () => {
    t = await createTestDb(kind);
    const region = (await seedDemoRegion(t.db, async () => "not-a-real-hash"))!;
    provider = region.providers[0]!.id;
    workshop = region.workshopId;
    await t.db.insert(organisation).values({ id: stranger, kind: "workshop", name: "Toinen paja" });
    await t.db.insert(person).values(
      [negotiator, coach].map((id) => ({
        id,
        username: id,
        passwordHash: "!",
        firstName: "T",
        lastName: "T",
      })),
    );
    studentId = region.students.find((s) => s.providerId === provider)!.id;
    await t.db.execute(sql`update student set study_right_state = 'valmistunut', expected_graduation = '2025-05-31'
      where provider_id = ${provider}::uuid and id = ${studentId}::uuid`);
    await t.db.execute(sql`insert into pathway_step (provider_id, student_id, kind, phase, status, organisation_id,
        starts_on, details) values (${provider}::uuid, ${studentId}::uuid, 'work-trial', 'continuation', 'done',
        ${workshop}::uuid, '2025-06-10', '{"hours": 40}')`);
    await t.db.execute(sql`insert into outcome (provider_id, student_id, kind, occurred_on, employment_months)
      values (${provider}::uuid, ${studentId}::uuid, 'employed', '2025-09-01', 4)`);
  }, 120_000);
  afterAll(() => t?.dispose());

  const negotiatorScope = () =>
    as({ organisationId: provider, personId: negotiator, role: "funding_negotiator" });
  const coachScope = () => as({ organisationId: workshop, personId: coach, role: "workshop_coach" });

  it("lets the provider's negotiator propose a version with its parties and accept it for the provider", async () => {
    await inScope(t.db, negotiatorScope(), async (tx) => {
      await tx.execute(sql`insert into funding_agreement (provider_id, id, title, created_by)
        values (${provider}::uuid, ${agreement}::uuid, 'Jatkopolku', ${negotiator}::uuid)`);
      await tx.execute(sql`insert into funding_agreement_version (provider_id, agreement_id, version, terms,
          effective_from, proposed_by)
        values (${provider}::uuid, ${agreement}::uuid, 1, '{}', '2024-01-01', ${negotiator}::uuid)`);
      await tx.execute(sql`insert into funding_agreement_party (provider_id, agreement_id, version, organisation_id)
        values (${provider}::uuid, ${agreement}::uuid, 1, ${workshop}::uuid)`);
      await tx.execute(sql`insert into funding_acceptance (provider_id, agreement_id, version, organisation_id,
          accepted_by) values (${provider}::uuid, ${agreement}::uuid, 1, ${provider}::uuid, ${negotiator}::uuid)`);
    });
    expect(
      await count(negotiatorScope(), `funding_agreement_version where agreement_id = '${agreement}'`),
    ).toBe(1);
  });

  it("refuses a tutor of the provider and a partner who is no party, and shows them nothing", async () => {
    const tutor = as({
      providerId: provider,
      organisationId: provider,
      personId: randomUUID(),
      role: "tutor",
    });
    const other = as({ organisationId: stranger, personId: randomUUID(), role: "workshop_coach" });
    // The demo's partner is party to the demo's agreement, not to this one.
    for (const scope of [tutor, other]) {
      for (const table of ["funding_agreement", "funding_agreement_version", "funding_agreement_party"])
        expect({ table, n: await count(scope, table) }).toEqual({ table, n: 0 });
      const rows = rowsOf(
        await inScope(t.db, scope, (tx) =>
          tx.execute(sql`select * from polku.funding_graduates(${provider}::uuid, ${agreement}::uuid)`),
        ),
      );
      expect(rows).toEqual([]);
    }
    expect(
      await failure(
        inScope(t.db, tutor, (tx) =>
          tx.execute(sql`insert into funding_agreement (provider_id, title, created_by)
            values (${provider}::uuid, 'x', ${tutor.personId}::uuid)`),
        ),
      ),
    ).toMatch(/row-level security/);
  });

  it("lets the party see the agreement and accept its own part, never another's or the provider's", async () => {
    expect(await count(coachScope(), `funding_agreement where id = '${agreement}'`)).toBe(1);
    const accept = (org: string) =>
      inScope(t.db, coachScope(), (tx) =>
        tx.execute(sql`insert into funding_acceptance (provider_id, agreement_id, version, organisation_id, accepted_by)
          values (${provider}::uuid, ${agreement}::uuid, 1, ${org}::uuid, ${coach}::uuid)`),
      );
    expect(await failure(accept(stranger))).toMatch(/row-level security/);
    expect(await failure(accept(workshop))).toBe("ok");
    expect(await count(coachScope(), `funding_acceptance where agreement_id = '${agreement}'`)).toBe(2);
  });

  it("keeps versions and acceptances append-only", async () => {
    for (const statement of [
      sql`update funding_agreement_version set terms = '{"x":1}'`,
      sql`delete from funding_acceptance`,
      sql`delete from funding_agreement`,
    ]) {
      expect(await failure(inScope(t.db, negotiatorScope(), (tx) => tx.execute(statement)))).toMatch(
        /permission denied/,
      );
    }
    expect(
      await failure(inScope(t.db, negotiatorScope(), (tx) => tx.execute(sql`select * from funding_secret`))),
    ).toMatch(/permission denied/);
  });

  it("gives the facts under a pseudonym, without the student's id, and audits each graduate read", async () => {
    const rows = rowsOf<{ student_ref: string; steps: unknown[]; outcomes: unknown[] }>(
      await inScope(t.db, coachScope(), (tx) =>
        tx.execute(sql`select * from polku.funding_graduates(${provider}::uuid, ${agreement}::uuid)`),
      ),
    );
    // The demo's graduates the workshop coached, and the one of this test.
    for (const row of rows) expect(row.student_ref).toMatch(/^S-[0-9a-f]{24}$/);
    expect(JSON.stringify(rows)).not.toContain(studentId);
    const ours = rows.find((row) => JSON.stringify(row.steps).includes("work-trial"))!;
    expect(ours.steps).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "work-trial", hours: 40 })]),
    );
    const whole = rowsOf<{ student_ref: string }>(
      await inScope(t.db, negotiatorScope(), (tx) =>
        tx.execute(sql`select * from polku.funding_graduates(${provider}::uuid, ${agreement}::uuid)`),
      ),
    );
    expect(whole.map((r) => r.student_ref)).toContain(ours.student_ref);
    const [audited] = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from audit_log where student_id = ${studentId}::uuid
        and procedure = 'test.funding' and actor_person_id in (${coach}::uuid, ${negotiator}::uuid)`),
    );
    expect(audited!.n).toBe(2);
  });
});
