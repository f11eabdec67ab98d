/**
 * The passport's row-level security as the application role, through SQL (whatever a request could
 * run): a company sees a learner's pursuit and its evidence only for the badge it assesses and only
 * while it holds a badge-assessment grant; another scope, another company, another pursuit or no one
 * signed in sees none of it; only the learner adds evidence; learners never reach the signing keys.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@polku/plugin-sdk/db";
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
import { badgeClass, badgeVersion, evidence, issuerKey, pursuit } from "../src/db/schema.ts";
import { pluginId } from "./setup.ts";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );

describe.each(testDatabases())("passport rows under the application role on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const company = randomUUID();
  const otherCompany = randomUUID();
  const learnerPerson = randomUUID();
  const student = randomUUID();
  const badge = randomUUID();
  const companyPursuit = randomUUID();
  const teacherPursuit = randomUUID();
  const grant = randomUUID();

  const as = {
    company: { providerId: null, organisationId: company, personId: randomUUID(), role: "company_contact" },
    otherCompany: {
      providerId: null,
      organisationId: otherCompany,
      personId: randomUUID(),
      role: "company_contact",
    },
    learner: { providerId: null, organisationId: provider, personId: learnerPerson, role: "student" },
    teacher: { providerId: provider, organisationId: provider, personId: randomUUID(), role: "teacher" },
    nobody: { providerId: null, organisationId: null, personId: null, role: null },
  } satisfies Record<string, ActorScope>;

  const read = (scope: ActorScope, table: "pursuit" | "evidence") =>
    inScope(t.db, scope, async (tx: Database) =>
      rowsOf<{ id: string }>(
        await tx.execute(sql.raw(`select id from keski_pohjanmaa_tyoelamapassi.${table} order by id`)),
      ).map((r) => r.id),
    );

  beforeAll(async () => {
    t = await createTestDatabase(kind, { plugins: [pluginId] });
    await t.db.execute(sql`insert into polku.grant_scope (name, registered_by) values ('badge-assessment', ${pluginId})
      on conflict do nothing`);
    await t.db.insert(schema.organisation).values([
      { id: provider, kind: "provider", name: "P" },
      { id: company, kind: "company", name: "C" },
      { id: otherCompany, kind: "company", name: "D" },
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
    await t.db.insert(badgeClass).values({ id: badge, slug: "b", keptBy: provider });
    await t.db.insert(badgeVersion).values({
      badgeClassId: badge,
      version: 1,
      name: { fi: "B" },
      description: { fi: "D" },
      criteria: { fi: "C" },
      learningGoals: [{ fi: "G" }],
      evidence: { fi: "E" },
      assessorRoles: ["teacher", "company_contact"],
      assessorOrganisations: [company],
      skills: [],
    });
    const other = randomUUID();
    await t.db.insert(badgeClass).values({ id: other, slug: "c", keptBy: provider });
    await t.db.insert(badgeVersion).values({
      badgeClassId: other,
      version: 1,
      name: { fi: "C" },
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
        id: companyPursuit,
        studentId: student,
        badgeClassId: badge,
        version: 1,
        assessorOrganisationId: company,
        status: "submitted",
      },
      {
        providerId: provider,
        id: teacherPursuit,
        studentId: student,
        badgeClassId: other,
        version: 1,
        status: "submitted",
      },
    ]);
    await t.db.insert(evidence).values([
      {
        providerId: provider,
        id: randomUUID(),
        pursuitId: companyPursuit,
        kind: "text",
        text: "for C",
        createdBy: learnerPerson,
      },
      {
        providerId: provider,
        id: randomUUID(),
        pursuitId: teacherPursuit,
        kind: "text",
        text: "for teachers",
        createdBy: learnerPerson,
      },
    ]);
    await t.db
      .insert(issuerKey)
      .values({ organisationId: provider, keyId: "did:x#key-1", publicKeyMultibase: "z", sealedSecret: "s" });
  }, 120_000);
  afterAll(() => t?.dispose());

  it("opens nothing to a company without a badge-assessment grant, even of another scope", async () => {
    expect(await read(as.company, "pursuit")).toEqual([]);
    await t.db.insert(schema.accessGrant).values({
      providerId: provider,
      studentId: student,
      granteeOrganisationId: company,
      scope: "handover",
      consentGivenBy: "student",
    });
    expect(await read(as.company, "pursuit")).toEqual([]);
    expect(await read(as.company, "evidence")).toEqual([]);
  });

  it("opens to the assessing company only the pursuit it assesses, and its evidence", async () => {
    await t.db.insert(schema.accessGrant).values({
      providerId: provider,
      id: grant,
      studentId: student,
      granteeOrganisationId: company,
      scope: "badge-assessment",
      consentGivenBy: "student",
    });
    expect(await read(as.company, "pursuit")).toEqual([companyPursuit]);
    const seen = await inScope(t.db, as.company, async (tx) =>
      rowsOf<{ text: string }>(
        await tx.execute(sql`select text from keski_pohjanmaa_tyoelamapassi.evidence`),
      ),
    );
    expect(seen.map((r) => r.text)).toEqual(["for C"]);
    // Another company, no one signed in: nothing.
    expect(await read(as.otherCompany, "pursuit")).toEqual([]);
    expect(await read(as.nobody, "pursuit")).toEqual([]);
    expect(await read(as.nobody, "evidence")).toEqual([]);
    // The learner and the provider's teacher see both.
    expect((await read(as.learner, "pursuit")).length).toBe(2);
    expect((await read(as.teacher, "evidence")).length).toBe(2);
  });

  it("lets the company neither add evidence nor change the pursuit it does not assess", async () => {
    const add = inScope(t.db, as.company, (tx) =>
      tx.insert(evidence).values({
        providerId: provider,
        pursuitId: companyPursuit,
        kind: "text",
        text: "x",
        createdBy: as.company.personId,
      }),
    );
    expect(await failure(add)).toBe("42501");
    const changed = await inScope(t.db, as.company, async (tx) =>
      rowsOf(
        await tx.execute(sql`update keski_pohjanmaa_tyoelamapassi.pursuit set status = 'approved'
          where id = ${teacherPursuit}::uuid returning id`),
      ),
    );
    expect(changed).toEqual([]);
  });

  it("closes the pursuit to the company when the grant is revoked", async () => {
    await t.db.execute(sql`update access_grant set revoked_at = now() where id = ${grant}::uuid`);
    expect(await read(as.company, "pursuit")).toEqual([]);
    expect(await read(as.company, "evidence")).toEqual([]);
  });

  it("keeps signing keys from learners and from no one signed in", async () => {
    // The table is closed to the application role altogether; signers read through signing_key().
    const table = (scope: ActorScope) =>
      failure(
        inScope(t.db, scope, (tx) =>
          tx.execute(sql`select key_id from keski_pohjanmaa_tyoelamapassi.issuer_key`),
        ),
      );
    expect(await table(as.learner)).toBe("42501");
    expect(await table(as.teacher)).toBe("42501");
    const signing = (scope: ActorScope) =>
      inScope(t.db, scope, async (tx) =>
        rowsOf(
          await tx.execute(
            sql`select key_id from keski_pohjanmaa_tyoelamapassi.signing_key(${provider}::uuid)`,
          ),
        ),
      );
    expect(await failure(signing(as.learner))).toBe("42501");
    expect(await failure(signing(as.nobody))).toBe("42501");
    expect((await signing(as.teacher)).length).toBe(1);
    // The public functions give the public half only.
    const open = await inScope(t.db, as.nobody, async (tx) =>
      rowsOf<Record<string, unknown>>(
        await tx.execute(sql`select * from keski_pohjanmaa_tyoelamapassi.public_keys(${provider}::uuid)`),
      ),
    );
    expect(open).toEqual([{ key_id: "did:x#key-1", public_key_multibase: "z" }]);
  });
});
