import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { seedDemoRegion } from "./demo/seed.ts";
import { organisation } from "./schema/index.ts";
import { createTestDb, inScope, type TestDb, testDatabases } from "./testing.ts";

/** Every table a grant could open, and how many of its rows the scope reads. */
const tables = [
  "student",
  "guardian",
  "support_team_member",
  "pathway_step",
  "outcome",
  "coaching_session",
  "coaching_note",
  "attendance_mark",
  "welfare_referral",
  "hoks",
  "unit_progress",
] as const;

/**
 * Grants checked by scope (issue 8): on the demo region, with every student of the first provider
 * granted to a mentoring organisation and to a workshop, each partner reads only what its scope opens.
 */
describe.each(testDatabases())("grants by scope on $kind", ({ kind }) => {
  let t: TestDb;
  const mentors = randomUUID();
  const workshop = randomUUID();
  beforeAll(async () => {
    t = await createTestDb(kind);
    const region = (await seedDemoRegion(t.db, async () => "not-a-real-hash"))!;
    await t.db.insert(organisation).values([
      { id: mentors, kind: "company", name: "Mentorit Oy" },
      { id: workshop, kind: "workshop", name: "Työpaja" },
    ]);
    for (const [organisationId, scope] of [
      [mentors, "mentoring"],
      [workshop, "handover"],
    ] as const) {
      await t.db.execute(sql`insert into access_grant (provider_id, student_id, grantee_organisation_id, scope,
          consent_given_by)
        select provider_id, id, ${organisationId}::uuid, ${scope}, 'student' from student
        where provider_id = ${region.providers[0]!.id}::uuid`);
    }
  }, 120_000);
  afterAll(() => t?.dispose());

  const readable = async (organisationId: string, role: string) => {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const [row] = rowsOf<{ n: number }>(
        await inScope(t.db, { providerId: null, organisationId, personId: null, role }, (tx) =>
          tx.execute(sql.raw(`select count(*)::int as n from ${table}`)),
        ),
      );
      counts[table] = row?.n ?? -1;
    }
    return counts;
  };

  it("lets a mentoring grant show who the student is and nothing of their pathway, notes or care", async () => {
    const seen = await readable(mentors, "mentor");
    // Not even the student's row (birth date, contact details, OIDs): only the card, by name.
    for (const table of tables) expect({ [table]: seen[table] }).toEqual({ [table]: 0 });
    const [granted] = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from access_grant where grantee_organisation_id = ${mentors}::uuid`,
      ),
    );
    const cards = await inScope(
      t.db,
      { providerId: null, organisationId: mentors, personId: null, role: "mentor" },
      (tx) =>
        tx.execute(sql`select c.*, (select s.first_name from student s where s.id = c.id) as row_name
        from polku.granted_student_cards() c`),
    );
    const rows = rowsOf<{
      provider_id: string;
      id: string;
      first_name: string;
      last_name: string;
      row_name: string | null;
    }>(cards);
    expect(rows).toHaveLength(granted!.n);
    for (const card of rows) {
      expect(Object.keys(card).sort()).toEqual(["first_name", "id", "last_name", "provider_id", "row_name"]);
      expect(card.first_name).not.toBe("");
      expect(card.row_name).toBeNull();
    }
  });

  it("lets a handover grant open the pathway and the support team, still no attendance, welfare or HOKS", async () => {
    const seen = await readable(workshop, "workshop_coach");
    for (const table of ["student", "pathway_step", "support_team_member"] as const) {
      expect(seen[table]).toBeGreaterThan(0);
    }
    for (const table of [
      "guardian",
      "attendance_mark",
      "welfare_referral",
      "hoks",
      "unit_progress",
    ] as const) {
      expect({ [table]: seen[table] }).toEqual({ [table]: 0 });
    }
  });

  it("refuses a grant of a scope no one registered", async () => {
    const error = await t.db
      .execute(sql`insert into access_grant (provider_id, student_id, grantee_organisation_id, scope, consent_given_by)
        select provider_id, id, ${mentors}::uuid, 'everything', 'student' from student limit 1`)
      .catch((e: Error) => String(e.cause ?? e));
    expect(error).toMatch(/access_grant_scope_registered/);
  });

  it("lets a granted partner record a step only as itself: its organisation, its own person", async () => {
    const coach = rowsOf<{ id: string }>(
      await t.db.execute(sql`select id from person where username = 'valmentaja'`),
    )[0]!.id;
    const [target] = rowsOf<{ provider_id: string; student_id: string; provider_org: string }>(
      await t.db.execute(sql`select s.provider_id, s.id as student_id, s.provider_id as provider_org
        from student s join access_grant g on g.student_id = s.id and g.grantee_organisation_id = ${workshop}::uuid
        limit 1`),
    );
    const tutor = rowsOf<{ id: string }>(
      await t.db.execute(sql`select id from person where username = 'omaohjaaja'`),
    )[0]!.id;
    const step = (organisationId: string, recordedBy: string) =>
      inScope(
        t.db,
        { providerId: null, organisationId: workshop, personId: coach, role: "workshop_coach" },
        (tx) =>
          tx.execute(sql`insert into pathway_step (provider_id, student_id, kind, phase, status, organisation_id,
            recorded_by, note)
          values (${target!.provider_id}::uuid, ${target!.student_id}::uuid, 'handover', 'continuation', 'done',
            ${organisationId}::uuid, ${recordedBy}::uuid, 'test')`),
      ).then(
        () => "accepted",
        (e: { cause?: { code?: string } }) => e.cause?.code ?? "error",
      );
    expect(await step(target!.provider_org, coach)).toBe("42501");
    expect(await step(workshop, tutor)).toBe("42501");
    expect(await step(workshop, coach)).toBe("accepted");
  });
});
