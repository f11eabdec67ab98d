/**
 * The walls of migration 0005, as the application role through SQL: only the person who has just
 * decided (or the provider's revoker) records a learner's notice, once per decision; only a catalogue
 * keeper links their own new version to an open competence need; a share link lives at most 12 months;
 * no one but a signer adds a key under a new DID or attests a key, and no one writes an attestation.
 */
import { randomUUID } from "node:crypto";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  type ActorScope,
  createTestDatabase,
  inScope,
  rowsOf,
  schema,
  type TestDb,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { badgeClass, badgeVersion, issuerKey, pursuit } from "../src/db/schema.ts";
import { pluginId } from "./setup.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );
const S = "keski_pohjanmaa_tyoelamapassi";

describe.each(testDatabases())("the 0005 walls on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const company = randomUUID();
  const learnerPerson = randomUUID();
  const student = randomUUID();
  const badge = randomUUID();
  const approved = randomUUID();
  const openNeed = randomUUID();
  const closedNeed = randomUUID();
  const teacherPerson = randomUUID();
  const did = (host: string) => `did:web:${host}:public:${pluginId}:issuers:${provider}`;
  const as = {
    learner: { providerId: null, organisationId: provider, personId: learnerPerson, role: "student" },
    teacher: { providerId: provider, organisationId: provider, personId: teacherPerson, role: "teacher" },
    otherTeacher: { providerId: provider, organisationId: provider, personId: randomUUID(), role: "teacher" },
    company: { providerId: null, organisationId: company, personId: randomUUID(), role: "company_contact" },
  } satisfies Record<string, ActorScope>;
  const run = (scope: ActorScope, query: ReturnType<typeof sql>) =>
    inScope(t.db, scope, async (tx) => rowsOf(await tx.execute(query)));
  const notify = (scope: ActorScope, pursuitId: string, what: string) =>
    run(
      scope,
      sql`select ${sql.raw(S)}.notify_learner(${provider}::uuid, ${pursuitId}::uuid, ${what}, '{"badgeName":{"fi":"B"}}'::jsonb)`,
    );

  beforeAll(async () => {
    t = await createTestDatabase(kind, { plugins: [pluginId] });
    await t.db.insert(schema.organisation).values([
      { id: provider, kind: "provider", name: "P" },
      { id: company, kind: "company", name: "C" },
    ]);
    await t.db.insert(schema.person).values([
      {
        id: learnerPerson,
        username: learnerPerson,
        passwordHash: "$argon2id$x",
        firstName: "A",
        lastName: "B",
      },
      {
        id: teacherPerson,
        username: teacherPerson,
        passwordHash: "$argon2id$x",
        firstName: "T",
        lastName: "O",
      },
    ]);
    await t.db.insert(schema.student).values({
      providerId: provider,
      id: student,
      personId: learnerPerson,
      firstName: "A",
      lastName: "B",
      birthDate: "2000-01-01",
    });
    await t.db.insert(badgeClass).values({ id: badge, slug: "b", keptBy: provider });
    await t.db.insert(badgeVersion).values({
      badgeClassId: badge,
      version: 1,
      name: { fi: "B" },
      description: { fi: "D" },
      criteria: { fi: "C" },
      learningGoals: [{ fi: "G" }],
      evidence: { fi: "E" },
      assessorRoles: ["teacher"],
      assessorOrganisations: [],
      skills: [],
      createdBy: teacherPerson,
    });
    await t.db.insert(pursuit).values([
      {
        providerId: provider,
        id: approved,
        studentId: student,
        badgeClassId: badge,
        version: 1,
        status: "approved",
        decidedBy: teacherPerson,
        decidedAt: new Date(),
      },
    ]);
    await t.db.insert(schema.companyCompetenceNeed).values([
      { id: openNeed, organisationId: company, field: "F", descriptionFi: "D" },
      {
        id: closedNeed,
        organisationId: company,
        field: "G",
        descriptionFi: "E",
        status: "closed",
        closedAt: new Date(),
      },
    ]);
    await t.db.insert(issuerKey).values({
      organisationId: provider,
      keyId: `${did("old.example")}#key-1`,
      publicKeyMultibase: "zX",
      sealedSecret: "s",
    });
  }, 120_000);
  afterAll(() => t?.dispose());

  it("lets only the one who just decided record the learner's notice, once", async () => {
    expect(await failure(notify(as.learner, approved, "badgeIssued"))).toBe("42501");
    expect(await failure(notify(as.otherTeacher, approved, "badgeIssued"))).toBe("42501");
    expect(await failure(notify(as.company, approved, "badgeIssued"))).toBe("42501");
    // Not what happened: the pursuit was approved, not returned or revoked.
    expect(await failure(notify(as.teacher, approved, "evidenceReturned"))).toBe("42501");
    expect(await failure(notify(as.teacher, approved, "badgeRevoked"))).toBe("42501");
    expect(await failure(notify(as.teacher, approved, "somethingElse"))).toBe("22023");
    expect(await failure(notify(as.teacher, approved, "badgeIssued"))).toBe("succeeded");
    expect(await failure(notify(as.teacher, approved, "badgeIssued"))).toBe("succeeded");
    const rows = rowsOf<{ n: number; person: string }>(
      await t.db.execute(sql`select count(*)::int as n, min(recipient_person_id::text) as person from notification
        where source = ${pluginId} and template = ${`${pluginId}.badgeIssued`}`),
    );
    expect(rows[0]).toEqual({ n: 1, person: learnerPerson });
    // A decision made long ago is no longer news the decider can send again.
    await t.db.execute(
      sql`update ${sql.raw(S)}.pursuit set decided_at = now() - interval '2 hours' where id = ${approved}::uuid`,
    );
    await t.db.execute(sql`delete from notification where source = ${pluginId}`);
    expect(await failure(notify(as.teacher, approved, "badgeIssued"))).toBe("42501");
  });

  it("links only the keeper's own version, and only to an open need", async () => {
    const link = (scope: ActorScope, needId: string) =>
      run(
        scope,
        sql`insert into ${sql.raw(S)}.badge_version_need (badge_class_id, version, need_id)
        values (${badge}::uuid, 1, ${needId}::uuid)`,
      );
    expect(await failure(link(as.learner, openNeed))).toBe("42501");
    expect(await failure(link(as.company, openNeed))).toBe("42501");
    expect(await failure(link(as.otherTeacher, openNeed))).toBe("42501");
    expect(await failure(link(as.teacher, closedNeed))).toBe("42501");
    expect(await failure(link(as.teacher, openNeed))).toBe("succeeded");
    expect(await failure(run(as.teacher, sql`delete from ${sql.raw(S)}.badge_version_need`))).toBe("42501");
    const seen = await run(as.learner, sql`select need_id from ${sql.raw(S)}.badge_version_need`);
    expect(seen).toHaveLength(1);
  });

  it("keeps a share link to at most 12 months", async () => {
    const share = (months: number) =>
      run(
        as.learner,
        sql`insert into ${sql.raw(S)}.passport_share (provider_id, student_id, token_hash, badge_ids, expires_at)
        values (${provider}::uuid, ${student}::uuid, ${randomUUID()}, '{}', now() + make_interval(months => ${months}::int))`,
      );
    expect(await failure(share(13))).toBe("23514");
    expect(await failure(share(12))).toBe("succeeded");
    expect(
      await failure(
        run(
          as.learner,
          sql`insert into ${sql.raw(S)}.passport_share (provider_id, student_id, token_hash, badge_ids)
          values (${provider}::uuid, ${student}::uuid, ${randomUUID()}, '{}')`,
        ),
      ),
    ).toBe("23502");
  });

  it("adds a key under a new DID and attests keys for signers only; no one writes an attestation", async () => {
    const add = (scope: ActorScope, keyId: string) =>
      run(scope, sql`select ${sql.raw(S)}.add_key_for_new_did(${provider}::uuid, ${keyId}, 'zY', 's')`);
    expect(await failure(add(as.learner, `${did("new.example")}#key-2`))).toBe("42501");
    expect(await failure(add(as.company, `${did("new.example")}#key-2`))).toBe("42501");
    // The current key's own DID is no new DID, and the number must be the next one.
    expect(await failure(add(as.teacher, `${did("old.example")}#key-2`))).toBe("42501");
    expect(await failure(add(as.teacher, `${did("new.example")}#key-7`))).toBe("42501");
    expect(await failure(add(as.teacher, `${did("new.example")}#key-2`))).toBe("succeeded");
    const attest = (scope: ActorScope) =>
      run(
        scope,
        sql`select ${sql.raw(S)}.attest_key(${provider}::uuid, ${`${did("old.example")}#key-1`}, 'x')`,
      );
    expect(await failure(attest(as.learner))).toBe("42501");
    expect(
      await failure(run(as.learner, sql`select * from ${sql.raw(S)}.unattested_keys(${provider}::uuid)`)),
    ).toBe("42501");
    expect(await failure(run(as.teacher, sql`update ${sql.raw(S)}.issuer_key set attestation = 'x'`))).toBe(
      "42501",
    );
    expect(await failure(attest(as.teacher))).toBe("succeeded");
    // Not set once (a signer's garbage would keep the server's own out): a later attestation replaces
    // it, and the server writes its own over one that does not hold (attestEarlierKeys).
    await run(
      as.teacher,
      sql`select ${sql.raw(S)}.attest_key(${provider}::uuid, ${`${did("old.example")}#key-1`}, 'y')`,
    );
    const [row] = rowsOf<{ attestation: string }>(
      await t.db.execute(
        sql`select attestation from ${sql.raw(S)}.issuer_key where key_id = ${`${did("old.example")}#key-1`}`,
      ),
    );
    expect(row?.attestation).toBe("y");
  });
});
