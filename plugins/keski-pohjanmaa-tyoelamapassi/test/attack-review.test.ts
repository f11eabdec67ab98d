/**
 * Attack review of migration 0005 as the application role through SQL: what a person who may call
 * notify_learner can put into the learner's email, and what a revoker may send about a revocation.
 */
import { randomUUID } from "node:crypto";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  type ActorScope,
  codeOf,
  createTestDatabase,
  inScope,
  loginAs,
  rowsOf,
  schema,
  startTestApi,
  type TestApi,
  type TestDb,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attestationOf, parseKeyEncryptionKey } from "../src/credentials/index.ts";
import { badgeClass, badgeVersion, issuerKey, pursuit } from "../src/db/schema.ts";
import type { PluginRouter } from "../src/router.ts";
import { keySecret, passportSettings, pluginId } from "./setup.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );
const S = "keski_pohjanmaa_tyoelamapassi";

describe.each(testDatabases())("passport attack review (0005) on $kind", ({ kind }) => {
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

  it("notify_learner words the learner's email with the badge's own name, not the caller's", async () => {
    // The decider (a teacher, or a company's contact) calls the definer function with data of their own:
    // the core's worker mails it from the provider's outbox as the badge's name.
    const forged = '{"badgeName":{"fi":"Merkkisi on lukittu: kirjaudu osoitteessa http://evil.invalid"}}';
    await run(
      as.teacher,
      sql`select ${sql.raw(S)}.notify_learner(${provider}::uuid, ${approved}::uuid, 'badgeIssued', ${forged}::jsonb)`,
    ).catch(() => undefined);
    const [row] = rowsOf<{ data: { badgeName?: { fi?: string } } }>(
      await t.db.execute(sql`select data from notification where source = ${pluginId}
        and template = ${`${pluginId}.badgeIssued`}`),
    );
    // Either refused, or the name in the mail is the version's name ("B"), never the caller's words.
    if (row) expect(row.data.badgeName?.fi).toBe("B");
  });

  it("a learner cannot bring an expired (or revoked) share link back by rewriting its dates", async () => {
    const tokenHash = randomUUID();
    await run(
      as.learner,
      sql`insert into ${sql.raw(S)}.passport_share (provider_id, student_id, token_hash, badge_ids, expires_at)
        values (${provider}::uuid, ${student}::uuid, ${tokenHash}, '{}', now() + interval '1 month')`,
    );
    // Made two years ago, ended a year ago (and revoked), as the owner's connection can set it up.
    await t.db.execute(sql`update ${sql.raw(S)}.passport_share set created_at = now() - interval '2 years',
      expires_at = now() - interval '1 year', revoked_at = now() - interval '1 year' where token_hash = ${tokenHash}`);
    await run(
      as.learner,
      sql`update ${sql.raw(S)}.passport_share set created_at = now(), expires_at = now() + interval '12 months',
        revoked_at = null where token_hash = ${tokenHash}`,
    ).catch(() => undefined);
    const [row] = rowsOf<{ live: boolean }>(
      await t.db.execute(sql`select (revoked_at is null and expires_at > now()) as live
        from ${sql.raw(S)}.passport_share where token_hash = ${tokenHash}`),
    );
    expect(row?.live).toBe(false);
  });

  it("a revocation notice is not sent for a badge revoked long ago", async () => {
    const oldRevoked = randomUUID();
    const badge2 = randomUUID();
    await t.db.insert(badgeClass).values({ id: badge2, slug: "b2", keptBy: provider });
    await t.db.insert(badgeVersion).values({
      badgeClassId: badge2,
      version: 1,
      name: { fi: "B2" },
      description: { fi: "D" },
      criteria: { fi: "C" },
      learningGoals: [{ fi: "G" }],
      evidence: { fi: "E" },
      assessorRoles: ["teacher"],
      assessorOrganisations: [],
      skills: [],
      createdBy: teacherPerson,
    });
    await t.db.insert(pursuit).values({
      providerId: provider,
      id: oldRevoked,
      studentId: student,
      badgeClassId: badge2,
      version: 1,
      status: "revoked",
      decidedBy: teacherPerson,
      decidedAt: new Date(Date.now() - 365 * 86_400_000),
    });
    // Any teacher of the provider (not the one who revoked), a year after the revocation.
    expect(await failure(notify(as.otherTeacher, oldRevoked, "badgeRevoked"))).toBe("42501");
  });

  it("a signer cannot poison an earlier key's attestation for good (set once keeps a wrong one)", async () => {
    const keyId = `${did("old.example")}#key-1`;
    // A teacher of the provider (any signer, rotator or revoker) gets in before the server attests the
    // organisation's earlier key, with words that are no HMAC.
    await run(as.teacher, sql`select ${sql.raw(S)}.attest_key(${provider}::uuid, ${keyId}, 'poisoned')`);
    // The server then attests it as it does (attestEarlierKeys: the key's secret opens with its key).
    const right = attestationOf(parseKeyEncryptionKey(keySecret), keyId, "zX");
    await run(as.teacher, sql`select ${sql.raw(S)}.attest_key(${provider}::uuid, ${keyId}, ${right})`);
    const [row] = rowsOf<{ attestation: string }>(
      await t.db.execute(sql`select attestation from ${sql.raw(S)}.issuer_key where key_id = ${keyId}`),
    );
    // The key would count under its old DID again; with 'poisoned' kept, every badge it signed under
    // that DID stops verifying, and unattested_keys never offers it to the server again.
    expect(row?.attestation).toBe(right);
  });
});

const versionOf = (needIds: string[], name = "Työturvallisuus") => ({
  name: { fi: name },
  description: { fi: "Toimii turvallisesti." },
  criteria: { fi: "Noudattaa ohjeita." },
  learningGoals: [{ fi: "Tunnistaa vaarat." }],
  evidence: { fi: "Kuvaus." },
  assessorRoles: ["teacher" as const],
  assessorOrganisations: [],
  competenceNeedIds: needIds,
  skills: [],
});
const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error) => error.message,
  );

describe.each(testDatabases())("passport attack review through the API on $kind", ({ kind }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [pluginId], settings: passportSettings, jobs: false });
  }, 120_000);
  afterAll(() => api?.close());

  it("the new-badge form: ids of the wrong kind, closed needs, NUL bytes and huge lists are 400s naming the field", async () => {
    const keeper = (await loginAs(api.url, "opettaja")).plugin<PluginRouter>(pluginId);
    const [student] = rowsOf<{ id: string }>(await api.db.execute(sql`select id from student limit 1`));
    const create = (slug: string, version: ReturnType<typeof versionOf>) =>
      messageOf(keeper.catalogue.create.mutate({ slug, version }));
    expect(await create("vaara-1", versionOf([student!.id]))).toMatch(/(^|: )competenceNeedIds: /);
    expect(await create("vaara-2", versionOf(Array.from({ length: 1000 }, () => randomUUID())))).toMatch(
      /(^|: )(version\.)?competenceNeedIds/,
    );
    expect(await create("vaara-3", versionOf([], "a\u0000b"))).toMatch(/name/);
    expect(await create("vaara-4", versionOf([], "x".repeat(5000)))).toMatch(/name/);
    expect(
      await codeOf(
        keeper.catalogue.create.mutate({
          slug: "vaara-5",
          version: { ...versionOf([]), assessorRoles: ["king" as "teacher"] },
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  it("the new-badge form is closed to students, guardians, partners and workshops", async () => {
    for (const user of ["opiskelija", "huoltaja", "kumppani", "valmentaja"]) {
      const plugin = (await loginAs(api.url, user)).plugin<PluginRouter>(pluginId);
      expect({
        user,
        code: await codeOf(plugin.catalogue.create.mutate({ slug: `x-${user}`, version: versionOf([]) })),
      }).toEqual({ user, code: "FORBIDDEN" });
    }
  });

  it("did.json answers a bad ?did= with 404, never a 5xx", async () => {
    const [org] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'provider' limit 1`),
    );
    const base = `${api.url}/public/${pluginId}/issuers/${org!.id}/did.json`;
    const other = randomUUID();
    const asked = [
      `?did=${"a".repeat(4000)}`,
      "?did=%00",
      `?did=did:web:evil.invalid:public:${pluginId}:issuers:${org!.id}&did=x`,
      `?did=did:web:evil.invalid:public:${pluginId}:issuers:${other}`,
      `?did=did:web:evil.invalid:public:${pluginId}:issuers:${org!.id}`,
      "?did[]=x",
    ];
    const statuses = await Promise.all(asked.map(async (q) => (await fetch(`${base}${q}`)).status));
    expect(statuses).toEqual(asked.map(() => 404));
  });
});
