import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The demo's graduates graduated this year or last: placed in the autumn after, they pay two years on.
const fundingYear = new Date().getFullYear() + (new Date().getMonth() >= 7 ? 3 : 2);

/**
 * Who sees names on a statement (issue 10): the provider's manager, whose role reads the provider's
 * students, gets each line with the student's name as well as its pseudonym, and each graduate read is
 * in the audit log as the manager's; the funding negotiator, whose role reads no students, gets
 * pseudonyms only; a partner gets the name only of a student it holds a handover grant for. The lines'
 * pseudonyms and figures are the same whoever asks.
 */
describe.each(testDatabases())("statement names on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let agreementId: string;
  let workshopId: string;
  let partnerId: string;
  let providerId: string;
  let graduates: Array<{ id: string; name: string }>;
  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
    const [agreement] = await api.db.select().from(schema.fundingAgreement);
    agreementId = agreement!.id;
    providerId = agreement!.providerId;
    const orgs = await api.db.select().from(schema.organisation);
    workshopId = orgs.find((o) => o.name === "Nuorten työpaja Verstas")!.id;
    partnerId = orgs.find((o) => o.name === "Mikkelin nuorisopalvelut")!.id;
    graduates = (
      await api.db
        .select({ id: schema.student.id, first: schema.student.firstName, last: schema.student.lastName })
        .from(schema.student)
        .where(
          and(
            eq(schema.student.providerId, agreement!.providerId),
            eq(schema.student.studyRightState, "valmistunut"),
          ),
        )
    ).map((s) => ({ id: s.id, name: `${s.first} ${s.last}` }));
  }, 90_000);
  afterAll(() => api?.close());

  const auditedReads = async (username: string) => {
    const reads = await api.db.execute(sql`select a.student_id::text as student, a.actor_role as role
      from audit_log a join person p on p.id = a.actor_person_id
      where p.username = ${username} and a.procedure = 'funding.statement' and a.action = 'read'`);
    return (Array.isArray(reads) ? reads : (reads as { rows: unknown[] }).rows) as Array<{
      student: string;
      role: string;
    }>;
  };

  it("names the provider's students for its manager, and audits each read as the manager's", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    const negotiator = await loginAs(api.url, "rahoitus");
    const asked = { agreementId, fundingYear, partyId: workshopId };
    const named = await manager.trpc.funding.statement.query(asked);
    const pseudonymous = await negotiator.trpc.funding.statement.query(asked);
    expect(named.lines.length).toBeGreaterThan(3);
    const names = new Set(graduates.map((g) => g.name));
    for (const line of named.lines) {
      expect(names.has(line.name ?? "")).toBe(true);
      expect(graduates.some((g) => JSON.stringify(line).includes(g.id))).toBe(false);
    }
    // The negotiator's role reads no students: pseudonyms only. The lines, their pseudonyms and figures
    // are the same: the name is added to a line, nothing else changes.
    for (const line of pseudonymous.lines) {
      expect(line.name).toBeNull();
      expect(line.student).toMatch(/^P-[0-9a-f]{16}$/);
    }
    expect(named.lines.map(({ name: _, ...l }) => l)).toEqual(
      pseudonymous.lines.map(({ name: _, ...l }) => l),
    );
    // Each line's name is its own student's: the manager's lines name distinct students, and a student's
    // line is where the negotiator's pseudonym for that student is (the pseudonyms are per party).
    expect(new Set(named.lines.map((l) => l.name)).size).toBe(named.lines.length);

    const reads = await auditedReads("esihenkilo");
    // Each graduate twice: the pseudonymous facts (the database function) and the named read.
    for (const g of graduates) expect(reads.filter((r) => r.student === g.id)).toHaveLength(2);
    expect(new Set(reads.map((r) => r.role))).toEqual(new Set(["manager"]));
    // The negotiator's: the function's one each, no named read.
    expect(await auditedReads("rahoitus")).toHaveLength(graduates.length);
  });

  it("names for a partner only the students it holds a handover grant for", async () => {
    const partner = await loginAs(api.url, "kumppani");
    const before = await partner.trpc.funding.statement.query({ agreementId, fundingYear });
    expect(before.partyId).toBe(partnerId);
    expect(before.lines.length).toBeGreaterThan(1);
    expect(before.lines.every((l) => l.name === null)).toBe(true);
    // Which graduate is on which line: the manager's statement of the partner's party says.
    const manager = await loginAs(api.url, "esihenkilo");
    const seen = await manager.trpc.funding.statement.query({ agreementId, fundingYear, partyId: partnerId });
    const byName = new Map(graduates.map((g) => [g.name, g.id]));
    const [handedOver, mentored] = seen.lines.map((l) => ({ id: byName.get(l.name!)!, line: l }));
    // A handover grant opens the student's path, so the partner may see whose line it is: named. A
    // mentoring grant opens who the student is, not the path (polku.funding_ref_of): pseudonymous.
    for (const [g, scope] of [
      [handedOver!, "handover"],
      [mentored!, "mentoring"],
    ] as const)
      await api.db.insert(schema.accessGrant).values({
        providerId,
        studentId: g.id,
        granteeOrganisationId: partnerId,
        scope,
        consentGivenBy: "student",
      });
    const after = await partner.trpc.funding.statement.query({ agreementId, fundingYear });
    expect(after.lines.map(({ name: _, ...l }) => l)).toEqual(before.lines.map(({ name: _, ...l }) => l));
    const namedLines = after.lines.filter((l) => l.name !== null);
    expect(namedLines.map((l) => [l.student, l.name])).toEqual([
      [handedOver!.line.student, handedOver!.line.name],
    ]);
    // Before the grants one read each (the function's); after, the function's and the named read.
    const reads = await auditedReads("kumppani");
    expect(reads.filter((r) => r.student === handedOver!.id)).toHaveLength(3);
    // The mentored student is not named, so only the function's two reads are audited.
    expect(reads.filter((r) => r.student === mentored!.id)).toHaveLength(2);
    // The partner's other graduates were never read by name.
    const others = new Set(
      graduates.map((g) => g.id).filter((id) => id !== handedOver!.id && id !== mentored!.id),
    );
    for (const r of reads.filter((x) => others.has(x.student)))
      expect(reads.filter((x) => x.student === r.student)).toHaveLength(2);
  });
});
