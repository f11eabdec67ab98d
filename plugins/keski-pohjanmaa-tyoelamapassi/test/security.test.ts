/**
 * Regression tests of the security review (migration 0004), as the application role through SQL: no
 * one plants a key in another organisation's DID document, retires its key or puts back an older status
 * list; a catalogue is changed by its keeper only; a learner cannot decide their own pursuit or change
 * evidence once it is sent; a credential is never rewritten nor a revocation undone; evidence rows keep
 * the router's limits. (The public verifier's bounds: verify-bounds.test.ts.)
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
import {
  badgeClass,
  badgeVersion,
  evidence,
  issuedBadge,
  issuerKey,
  pursuit,
  statusList,
} from "../src/db/schema.ts";
import { pluginId } from "./setup.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );
const S = "keski_pohjanmaa_tyoelamapassi";

describe.each(testDatabases())("the security review's holes stay shut on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const otherProvider = randomUUID();
  const company = randomUUID();
  const learnerPerson = randomUUID();
  const student = randomUUID();
  const badge = randomUUID();
  const badge2 = randomUUID();
  const submitted = randomUUID();
  const approved = randomUUID();
  const issued = randomUUID();
  const did = (org: string) => `did:web:example.fi:public:${pluginId}:issuers:${org}`;

  const as = {
    company: { providerId: null, organisationId: company, personId: randomUUID(), role: "company_contact" },
    learner: { providerId: null, organisationId: provider, personId: learnerPerson, role: "student" },
    teacher: { providerId: provider, organisationId: provider, personId: randomUUID(), role: "teacher" },
    otherTeacher: {
      providerId: otherProvider,
      organisationId: otherProvider,
      personId: randomUUID(),
      role: "teacher",
    },
  } satisfies Record<string, ActorScope>;
  const run = (scope: ActorScope, query: ReturnType<typeof sql>) =>
    inScope(t.db, scope, async (tx) => rowsOf(await tx.execute(query)));

  beforeAll(async () => {
    t = await createTestDatabase(kind, { plugins: [pluginId] });
    await t.db.insert(schema.organisation).values([
      { id: provider, kind: "provider", name: "P" },
      { id: otherProvider, kind: "provider", name: "Y" },
      { id: company, kind: "company", name: "C" },
    ]);
    await t.db.insert(schema.person).values({
      id: learnerPerson,
      username: learnerPerson,
      passwordHash: "$argon2id$x",
      firstName: "A",
      lastName: "B",
    });
    await t.db.insert(schema.student).values({
      providerId: provider,
      id: student,
      personId: learnerPerson,
      firstName: "A",
      lastName: "B",
      birthDate: "2000-01-01",
    });
    await t.db.insert(badgeClass).values([
      { id: badge, slug: "b", keptBy: provider },
      { id: badge2, slug: "b2", keptBy: provider },
    ]);
    for (const badgeClassId of [badge, badge2])
      await t.db.insert(badgeVersion).values({
        badgeClassId,
        version: 1,
        name: { fi: "B" },
        description: { fi: "D" },
        criteria: { fi: "C" },
        learningGoals: [{ fi: "G" }],
        evidence: { fi: "E" },
        assessorRoles: ["teacher"],
        assessorOrganisations: [],
        skills: [],
      });
    await t.db.insert(pursuit).values([
      {
        providerId: provider,
        id: submitted,
        studentId: student,
        badgeClassId: badge,
        version: 1,
        status: "submitted",
      },
      {
        providerId: provider,
        id: approved,
        studentId: student,
        badgeClassId: badge2,
        version: 1,
        status: "approved",
      },
    ]);
    await t.db.insert(evidence).values({
      providerId: provider,
      pursuitId: submitted,
      kind: "text",
      text: "sent",
      createdBy: learnerPerson,
    });
    await t.db.insert(issuerKey).values([
      {
        organisationId: otherProvider,
        keyId: `${did(otherProvider)}#key-1`,
        publicKeyMultibase: "zY",
        sealedSecret: "s",
      },
    ]);
    await t.db.insert(statusList).values({
      organisationId: provider,
      listNo: 1,
      nextIndex: 1,
      revoked: [0],
      credential: { validFrom: new Date().toISOString(), revoked: "yes" },
    });
    await t.db.insert(issuedBadge).values({
      providerId: provider,
      id: issued,
      pursuitId: approved,
      studentId: student,
      issuerOrganisationId: provider,
      listNo: 1,
      statusIndex: 0,
      credential: { genuine: true },
      revokedAt: new Date(),
      revokeReason: "wrong",
    });
  }, 120_000);
  afterAll(() => t?.dispose());

  it("1: lets no one plant a key in another organisation's DID document, nor retire its key", async () => {
    const planted = `${did(otherProvider)}#key-9`;
    expect(
      await failure(
        run(
          as.company,
          sql`insert into keski_pohjanmaa_tyoelamapassi.issuer_key (organisation_id, key_id,
          public_key_multibase, sealed_secret, retired_at) values (${otherProvider}::uuid, ${planted}, 'zForged', 'x', now())`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        run(
          as.teacher,
          sql`select keski_pohjanmaa_tyoelamapassi.rotate_key(${otherProvider}::uuid,
        ${planted}, 'zForged', 'x')`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        run(
          as.company,
          sql`select keski_pohjanmaa_tyoelamapassi.add_first_key(${provider}::uuid,
        ${`${did(provider)}#key-1`}, 'zForged', 'x')`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        run(
          as.teacher,
          sql`update keski_pohjanmaa_tyoelamapassi.issuer_key set retired_at = now()
          where organisation_id = ${otherProvider}::uuid`,
        ),
      ),
    ).toBe("42501");
    const published = rowsOf<{ key_id: string }>(
      await t.db.execute(
        sql`select key_id from keski_pohjanmaa_tyoelamapassi.public_keys(${otherProvider}::uuid)`,
      ),
    );
    expect(published.map((k) => k.key_id)).toEqual([`${did(otherProvider)}#key-1`]);
    // The organisation's own teacher rotates its key, under its own DID only.
    await run(
      as.otherTeacher,
      sql`select keski_pohjanmaa_tyoelamapassi.rotate_key(${otherProvider}::uuid,
      ${`${did(otherProvider)}#key-2`}, 'zY2', 's2')`,
    );
    expect(
      await failure(
        run(
          as.otherTeacher,
          sql`select keski_pohjanmaa_tyoelamapassi.rotate_key(${otherProvider}::uuid,
        ${`${did(provider)}#key-3`}, 'zY3', 's3')`,
        ),
      ),
    ).toBe("42501");
    // The sealed secret stays closed to learners.
    expect(
      await failure(
        run(as.learner, sql`select * from keski_pohjanmaa_tyoelamapassi.signing_key(${provider}::uuid)`),
      ),
    ).toBe("42501");
  });

  it("1: lets no one write a status list directly, nor put back an older signed one", async () => {
    expect(
      await failure(
        run(
          as.teacher,
          sql`update keski_pohjanmaa_tyoelamapassi.status_list set revoked = '{}',
          credential = '{"old": true}' where organisation_id = ${provider}::uuid`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        run(
          as.teacher,
          sql`select keski_pohjanmaa_tyoelamapassi.store_status_list(${provider}::uuid, 1,
        ${JSON.stringify({ validFrom: "2026-01-01T00:00:00Z", old: true })}::jsonb)`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        run(
          as.company,
          sql`select * from keski_pohjanmaa_tyoelamapassi.take_status_index(${provider}::uuid, 10)`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        run(
          as.otherTeacher,
          sql`select * from keski_pohjanmaa_tyoelamapassi.set_status_bit(${provider}::uuid,
        ${issued}::uuid)`,
        ),
      ),
    ).toBe("42501");
    const [list] = rowsOf<{ revoked: number[] }>(
      await t.db.execute(
        sql`select revoked from keski_pohjanmaa_tyoelamapassi.status_list where organisation_id = ${provider}::uuid`,
      ),
    );
    expect(list?.revoked).toEqual([0]);
  });

  it("2: lets only the keeper version a badge class, and only its current version", async () => {
    const bumped = await run(
      as.company,
      sql`update keski_pohjanmaa_tyoelamapassi.badge_class set current_version = 5 where id = ${badge}::uuid returning id`,
    );
    expect(bumped).toEqual([]);
    expect(
      await failure(
        run(
          as.teacher,
          sql`update keski_pohjanmaa_tyoelamapassi.badge_class set kept_by = ${company}::uuid
        where id = ${badge}::uuid`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        inScope(t.db, as.company, (tx) =>
          tx.insert(badgeVersion).values({
            badgeClassId: badge,
            version: 3,
            name: { fi: "X" },
            description: { fi: "X" },
            criteria: { fi: "X" },
            learningGoals: [{ fi: "X" }],
            evidence: { fi: "X" },
            assessorRoles: ["company_contact"],
            assessorOrganisations: [company],
            skills: [],
            createdBy: as.company.personId,
          }),
        ),
      ),
    ).toBe("42501");
  });

  it("3: lets a learner neither decide their own pursuit nor change evidence once it is sent", async () => {
    const decided = await run(
      as.learner,
      sql`update keski_pohjanmaa_tyoelamapassi.pursuit set status = 'approved', decided_by = ${learnerPerson}::uuid
        where id = ${submitted}::uuid returning id`,
    );
    expect(decided).toEqual([]);
    // Nor from an open pursuit: the learner's change can only send it.
    await t.db.execute(
      sql`update keski_pohjanmaa_tyoelamapassi.pursuit set status = 'returned' where id = ${submitted}::uuid`,
    );
    expect(
      await failure(
        run(
          as.learner,
          sql`update keski_pohjanmaa_tyoelamapassi.pursuit set status = 'approved',
        decided_by = ${learnerPerson}::uuid where id = ${submitted}::uuid`,
        ),
      ),
    ).toBe("42501");
    await t.db.execute(
      sql`update keski_pohjanmaa_tyoelamapassi.pursuit set status = 'submitted' where id = ${submitted}::uuid`,
    );
    expect(
      await failure(
        run(
          as.learner,
          sql`update keski_pohjanmaa_tyoelamapassi.pursuit
        set assessor_organisation_id = ${company}::uuid where id = ${submitted}::uuid`,
        ),
      ),
    ).toBe("42501");
    expect(
      await failure(
        inScope(t.db, as.learner, (tx) =>
          tx.insert(pursuit).values({
            providerId: provider,
            studentId: student,
            badgeClassId: randomUUID(),
            version: 1,
            status: "approved",
            decidedBy: learnerPerson,
          }),
        ),
      ),
    ).not.toBe("succeeded");
    expect(
      await failure(
        inScope(t.db, as.learner, (tx) =>
          tx.insert(evidence).values({
            providerId: provider,
            pursuitId: submitted,
            kind: "text",
            text: "late",
            createdBy: learnerPerson,
          }),
        ),
      ),
    ).toBe("42501");
    const removed = await run(
      as.learner,
      sql`delete from keski_pohjanmaa_tyoelamapassi.evidence where pursuit_id = ${submitted}::uuid returning id`,
    );
    expect(removed).toEqual([]);
    const [status] = rowsOf<{ status: string }>(
      await t.db.execute(
        sql`select status from keski_pohjanmaa_tyoelamapassi.pursuit where id = ${submitted}::uuid`,
      ),
    );
    expect(status?.status).toBe("submitted");
  });

  it("3: never lets a credential be rewritten nor a revocation be undone", async () => {
    expect(
      await failure(
        run(
          as.teacher,
          sql`update keski_pohjanmaa_tyoelamapassi.issued_badge
        set credential = '{"forged": true}' where id = ${issued}::uuid`,
        ),
      ),
    ).toBe("42501");
    const cleared = await run(
      as.teacher,
      sql`update keski_pohjanmaa_tyoelamapassi.issued_badge set revoked_at = null where id = ${issued}::uuid returning id`,
    );
    expect(cleared).toEqual([]);
    const [row] = rowsOf<{ revoked: boolean; credential: unknown }>(
      await t.db.execute(
        sql.raw(`select revoked_at is not null as revoked, credential from ${S}.issued_badge`),
      ),
    );
    expect(row).toEqual({ revoked: true, credential: { genuine: true } });
  });

  it("5: keeps the router's limits on evidence rows in the database", async () => {
    const raw = (values: Partial<typeof evidence.$inferInsert>) =>
      failure(
        t.db.insert(evidence).values({
          providerId: provider,
          pursuitId: submitted,
          kind: "file",
          createdBy: learnerPerson,
          ...values,
        }),
      );
    expect(await raw({ mediaType: "application/x-msdownload", size: 10 })).toBe("23514");
    expect(await raw({ mediaType: "application/pdf", size: 3 * 1024 * 1024 })).toBe("23514");
    expect(await raw({ kind: "link", url: "javascript:alert(1)" })).toBe("23514");
    expect(await raw({ mediaType: "application/pdf", size: 1024 })).toBe("succeeded");
  });
});
