/**
 * Grants checked by scope, through the API and through SQL (issue 8): a company mentoring a student
 * (a `mentoring` grant, made by the tutor through grants.create) sees who the student is (the name, not the birth date, contact details or OIDs) and nothing
 * else of theirs: no pathway, attendance, HOKS, coaching notes, welfare, support team or guardians, and
 * nothing of any plugin's (#Valmennus is the school's own; a workshop handover opens to a `handover`
 * grant only). The plugins' procedures are taken from the composed router, so a new one is covered
 * without naming it here; their tables are taken from the catalogue, so a new table is walked too.
 */
import { rowsOf } from "@polku/db";
import { type ActorScope, inScope, testDatabases } from "@polku/db/testing";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import type { AnyProcedure } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter, ValmennusRouter } from "./support/plugin-routers.ts";

const PLUGIN_SCHEMAS = [
  "lappi_valmennus",
  "esedu_workshop_handover",
  "kaikkien_jatkopolku",
  "keski_pohjanmaa_tyoelamapassi",
] as const;

interface Chosen {
  id: string;
  providerId: string;
  minor: boolean;
}

describe.each(testDatabases())("a mentoring grant opens only who the student is, on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let companyId: string;
  let workshopId: string;
  /** A minor #Valmennus participant with a checklist, screenings, attendance, notes and a HOKS. */
  let participant: Chosen;
  /** The graduate the demo handed over to the workshop. */
  let handedOver: Chosen & { handoverId: string };

  const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await api.db.execute(query))[0]!;

  beforeAll(async () => {
    api = await startTestApi(kind);
    ({ companyId } = await one<{ companyId: string }>(sql`select m.organisation_id as "companyId"
      from membership m join person p on p.id = m.person_id where p.username = 'yritys'`));
    ({ workshopId } = await one<{ workshopId: string }>(sql`select m.organisation_id as "workshopId"
      from membership m join person p on p.id = m.person_id where p.username = 'valmentaja'`));
    // The participant with the most kinds of rows about them, so that every table has something to hide.
    participant = await one<Chosen>(sql`
      select s.id, s.provider_id as "providerId", true as minor from student s
      join lappi_valmennus.participant p on p.provider_id = s.provider_id and p.student_id = s.id
      where s.birth_date > current_date - interval '18 years'
      order by
        (exists (select 1 from lappi_valmennus.start_task t where t.provider_id = s.provider_id and t.student_id = s.id))::int
        + (exists (select 1 from lappi_valmennus.screening x where x.provider_id = s.provider_id and x.student_id = s.id))::int
        + (exists (select 1 from attendance_mark a where a.provider_id = s.provider_id and a.student_id = s.id))::int
        + (exists (select 1 from coaching_note n where n.provider_id = s.provider_id and n.student_id = s.id))::int
        + (exists (select 1 from welfare_referral w where w.provider_id = s.provider_id and w.student_id = s.id))::int
        + (exists (select 1 from hoks h where h.provider_id = s.provider_id and h.student_id = s.id))::int
        + (exists (select 1 from guardian g where g.provider_id = s.provider_id and g.student_id = s.id))::int
        desc, s.id
      limit 1`);
    handedOver = await one<Chosen & { handoverId: string }>(sql`
      select h.student_id as id, h.provider_id as "providerId", false as minor, h.id as "handoverId"
      from esedu_workshop_handover.handover h where h.status = 'active' order by h.created_at limit 1`);

    const tutor = await loginAs(api.url, "omaohjaaja");
    for (const student of [participant, handedOver]) {
      await tutor.trpc.grants.create.mutate({
        studentId: student.id,
        granteeOrganisationId: companyId,
        scope: "mentoring",
        // A minor's consent is a guardian's, an adult's their own.
        consentGivenBy: student.minor ? "guardian" : "student",
      });
    }
    // The demo also opens a work trial and badge assessments to this company: this test is about what
    // a mentoring grant alone opens, so those end first.
    await api.db.execute(sql`update access_grant set revoked_at = now()
      where grantee_organisation_id = ${companyId}::uuid and scope <> 'mentoring' and revoked_at is null`);
  }, 180_000);
  afterAll(() => api?.close());

  /**
   * The region's badge catalogue is open to every company (it assesses and endorses badges from it):
   * no row of it is about a student.
   */
  const REGION_WIDE = new Set([
    "keski_pohjanmaa_tyoelamapassi.badge_class",
    "keski_pohjanmaa_tyoelamapassi.badge_version",
    "keski_pohjanmaa_tyoelamapassi.endorsement",
    "keski_pohjanmaa_tyoelamapassi.credit_rule",
    "keski_pohjanmaa_tyoelamapassi.badge_version_need",
  ]);

  /** How many rows of every plugin table the application role may read, as this scope reads them. */
  const pluginRows = async (scope: ActorScope, studentId?: string) => {
    const tables = rowsOf<{ schema: string; name: string; keyed: boolean }>(
      await api.db.execute(sql`
        select n.nspname as schema, c.relname as name,
               exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'student_id'
                       and not a.attisdropped) as keyed
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v') and n.nspname in (${sql.join(
          PLUGIN_SCHEMAS.map((s) => sql`${s}`),
          sql`, `,
        )})
          and has_table_privilege('polku_app', c.oid, 'SELECT')
        order by 1, 2`),
    );
    expect(tables.map((t) => `${t.schema}.${t.name}`)).toEqual(
      expect.arrayContaining(["lappi_valmennus.participant", "esedu_workshop_handover.handover"]),
    );
    const counts: Record<string, number> = {};
    await inScope(api.db, scope, async (tx) => {
      for (const t of tables) {
        const where = studentId && t.keyed ? sql` where student_id = ${studentId}::uuid` : sql``;
        const [row] = rowsOf<{ n: number }>(
          await tx.execute(
            sql`select count(*)::int as n from ${sql.identifier(t.schema)}.${sql.identifier(t.name)}${where}`,
          ),
        );
        counts[`${t.schema}.${t.name}`] = row!.n;
      }
    });
    return counts;
  };

  it("shows the company who the students are, and nothing of their pathway, care or support", async () => {
    const yritys = await loginAs(api.url, "yritys");
    const listed = (await yritys.trpc.students.list.query({})).map((s) => s.id);
    expect(listed).toEqual(expect.arrayContaining([participant.id, handedOver.id]));
    expect(listed).toHaveLength(2);

    for (const student of [participant, handedOver]) {
      const studentId = student.id;
      const seen = await yritys.trpc.students.get.query({ studentId });
      expect(seen.id).toBe(studentId);
      // Who they are (the student's card), not their guardians, support team, birth date, contact
      // details or learner identifier: the student row stays closed to a mentoring grant.
      expect({
        guardians: seen.guardians,
        team: seen.team,
        learnerOid: seen.learnerOid,
        birthDate: seen.birthDate,
        email: seen.email,
        phone: seen.phone,
      }).toEqual({ guardians: [], team: [], learnerOid: null, birthDate: null, email: null, phone: null });
      expect(seen.firstName).not.toBe("");

      const hidden = {
        "pathway.get": () => yritys.trpc.pathway.get.query({ studentId }),
        "attendance.forStudent": () =>
          yritys.trpc.attendance.forStudent.query({
            studentId,
            from: `${new Date().getFullYear()}-01-01`,
            to: `${new Date().getFullYear()}-12-31`,
          }),
        "hoks.get": () => yritys.trpc.hoks.get.query({ studentId }),
        "hoks.export": () => yritys.trpc.hoks.export.query({ studentId }),
        "coaching.forStudent": () => yritys.trpc.coaching.forStudent.query({ studentId }),
        "coaching.notes": () => yritys.trpc.coaching.notes.query({ studentId }),
        "welfare.disclosed": () => yritys.trpc.welfare.disclosed.query({ studentId }),
        "welfare.queue": () => yritys.trpc.welfare.queue.query({}),
        "earlyWarning.forStudent": () => yritys.trpc.earlyWarning.forStudent.query({ studentId }),
        "grants.forStudent": () => yritys.trpc.grants.forStudent.query({ studentId }),
        "audit.forStudent": () => yritys.trpc.audit.forStudent.query({ studentId }),
      };
      // One call at a time: the API refuses a session's calls beyond a few at once.
      for (const [path, call] of Object.entries(hidden)) {
        expect({ [path]: await nothingOf(call(), [studentId]) }).toEqual({ [path]: "nothing" });
      }
    }
  });

  it("shows the company nothing through any procedure of a plugin", async () => {
    const procedures = api.deployment.router._def.procedures as unknown as Record<string, AnyProcedure>;
    const queries = Object.entries(procedures)
      .filter(([path, p]) => path.startsWith("plugins.") && (p._def as { type: string }).type === "query")
      .map(([path]) => path);
    const { planId } = await one<{ planId: string }>(
      sql`select id as "planId" from lappi_valmennus.coaching_plan limit 1`,
    );
    const { surveyId } = await one<{ surveyId: string }>(
      sql`select id as "surveyId" from lappi_valmennus.survey limit 1`,
    );
    const { trainingId } = await one<{ trainingId: string }>(
      sql`select id as "trainingId" from kaikkien_jatkopolku.training limit 1`,
    );
    const { badgeClassId } = await one<{ badgeClassId: string }>(
      sql`select id as "badgeClassId" from keski_pohjanmaa_tyoelamapassi.badge_class limit 1`,
    );
    // The demo has pursuits but may have no evidence or issued badge yet: a made-up id is still an input.
    const { pursuitId, evidenceId, badgeId } = await one<{
      pursuitId: string;
      evidenceId: string;
      badgeId: string;
    }>(sql`select
      coalesce((select id from keski_pohjanmaa_tyoelamapassi.pursuit limit 1), gen_random_uuid()) as "pursuitId",
      coalesce((select id from keski_pohjanmaa_tyoelamapassi.evidence limit 1), gen_random_uuid()) as "evidenceId",
      coalesce((select id from keski_pohjanmaa_tyoelamapassi.issued_badge limit 1), gen_random_uuid()) as "badgeId"`);
    const year = new Date().getFullYear();
    const today = new Date().toISOString().slice(0, 10);
    // Each procedure's input, naming the students (and their rows) where it takes one.
    const inputsOf = (studentId: string): Record<string, unknown> => ({
      "plugins.lappi-valmennus.checklist.candidates": {},
      "plugins.lappi-valmennus.checklist.groups": undefined,
      "plugins.lappi-valmennus.checklist.overview": {},
      "plugins.lappi-valmennus.checklist.forStudent": { studentId },
      "plugins.lappi-valmennus.plans.list": undefined,
      "plugins.lappi-valmennus.plans.get": { planId },
      "plugins.lappi-valmennus.plans.staff": undefined,
      "plugins.lappi-valmennus.plans.outreach": { scope: "all" },
      "plugins.lappi-valmennus.notices.mine": undefined,
      "plugins.lappi-valmennus.notices.forDay": { day: today },
      "plugins.lappi-valmennus.notices.settings": undefined,
      "plugins.lappi-valmennus.hours.mine": { year },
      "plugins.lappi-valmennus.hours.team": { year },
      "plugins.lappi-valmennus.hours.summary": { year },
      "plugins.lappi-valmennus.metrics.attendance": {},
      "plugins.lappi-valmennus.metrics.progress": undefined,
      "plugins.lappi-valmennus.metrics.retention": undefined,
      "plugins.lappi-valmennus.metrics.baselines": undefined,
      "plugins.lappi-valmennus.metrics.surveys.list": undefined,
      "plugins.lappi-valmennus.metrics.surveys.results": { surveyId },
      "plugins.lappi-valmennus.metrics.surveys.open": undefined,
      "plugins.lappi-valmennus.metrics.surveys.forAnswer": { surveyId },
      "plugins.esedu-workshop-handover.candidates": undefined,
      "plugins.esedu-workshop-handover.list": {},
      "plugins.esedu-workshop-handover.get": { handoverId: handedOver.handoverId },
      "plugins.esedu-workshop-handover.agreements.list": {},
      "plugins.esedu-workshop-handover.trials.forCompany": undefined,
      "plugins.esedu-workshop-handover.placement.needs": { handoverId: handedOver.handoverId },
      "plugins.esedu-workshop-handover.calendar.feeds": undefined,
      "plugins.esedu-workshop-handover.results.byPeriod": undefined,
      "plugins.esedu-workshop-handover.selfAssessment.mine": undefined,
      "plugins.esedu-workshop-handover.selfAssessment.results": undefined,
      "plugins.esedu-workshop-handover.plans.graduating": {},
      "plugins.esedu-workshop-handover.plans.forStudent": { studentId },
      "plugins.esedu-workshop-handover.wageWork.units": { handoverId: handedOver.handoverId },
      "plugins.esedu-workshop-handover.wageWork.list": { handoverId: handedOver.handoverId },
      "plugins.kaikkien-jatkopolku.trainings.list": undefined,
      "plugins.kaikkien-jatkopolku.trainings.get": { trainingId },
      "plugins.kaikkien-jatkopolku.trainings.partnerOptions": undefined,
      "plugins.kaikkien-jatkopolku.partner.trainings": undefined,
      "plugins.kaikkien-jatkopolku.partner.learners": { trainingId },
      "plugins.kaikkien-jatkopolku.partner.meetings": { trainingId },
      "plugins.kaikkien-jatkopolku.partner.feedback": { trainingId },
      "plugins.kaikkien-jatkopolku.feedback.results": { trainingId },
      "plugins.kaikkien-jatkopolku.meetings.list": { trainingId },
      "plugins.kaikkien-jatkopolku.feeds.mine": undefined,
      "plugins.keski-pohjanmaa-tyoelamapassi.catalogue.list": undefined,
      "plugins.keski-pohjanmaa-tyoelamapassi.catalogue.versions": { badgeClassId },
      "plugins.keski-pohjanmaa-tyoelamapassi.catalogue.needs": { all: true },
      "plugins.keski-pohjanmaa-tyoelamapassi.earning.mine": undefined,
      "plugins.keski-pohjanmaa-tyoelamapassi.earning.download": { badgeId },
      "plugins.keski-pohjanmaa-tyoelamapassi.assessing.queue": undefined,
      "plugins.keski-pohjanmaa-tyoelamapassi.assessing.evidence": { pursuitId },
      "plugins.keski-pohjanmaa-tyoelamapassi.assessing.file": { pursuitId, evidenceId },
      "plugins.keski-pohjanmaa-tyoelamapassi.staff.ofStudent": { studentId },
      "plugins.keski-pohjanmaa-tyoelamapassi.endorsing.ofBadge": { badgeClassId },
      "plugins.keski-pohjanmaa-tyoelamapassi.credit.rules": undefined,
      "plugins.keski-pohjanmaa-tyoelamapassi.credit.worth": undefined,
      "plugins.keski-pohjanmaa-tyoelamapassi.sharing.mine": undefined,
    });
    // Every plugin query has an input here: a new one fails this until it is added.
    expect(queries.filter((path) => !(path in inputsOf(participant.id)))).toEqual([]);

    const yritys = await loginAs(api.url, "yritys");
    const call = (path: string, input: unknown) => {
      let target = yritys.trpc as unknown as Record<string, unknown>;
      for (const part of path.split(".")) target = target[part] as Record<string, unknown>;
      return (target as unknown as { query: (input: unknown) => Promise<unknown> }).query(input);
    };
    for (const student of [participant, handedOver]) {
      const inputs = inputsOf(student.id);
      for (const path of queries) {
        const seen = await nothingOf(call(path, inputs[path]), [student.id, handedOver.handoverId]);
        expect({ [path]: seen }).toEqual({ [path]: "nothing" });
      }
    }

    // The same calls are not empty for those they are for: the tutor sees the participant's checklist,
    // the coach the handover (so "nothing" above is the grant's scope, not a broken call).
    const tutor = await loginAs(api.url, "omaohjaaja");
    const checklist = await tutor
      .plugin<ValmennusRouter>("lappi-valmennus")
      .checklist.forStudent.query({ studentId: participant.id });
    expect(JSON.stringify(checklist)).toContain(participant.id);
    const coach = await loginAs(api.url, "valmentaja");
    const handover = await coach
      .plugin<HandoverRouter>("esedu-workshop-handover")
      .get.query({ handoverId: handedOver.handoverId });
    expect(handover.studentId).toBe(handedOver.id);
  });

  it("reads no row of any plugin table about the students as the mentoring company, through SQL", async () => {
    const scope: ActorScope = {
      providerId: null,
      organisationId: companyId,
      personId: null,
      role: "company_contact",
    };
    for (const student of [participant, handedOver]) {
      const seen = await pluginRows(scope, student.id);
      for (const [table, n] of Object.entries(seen))
        if (!REGION_WIDE.has(table)) expect({ [table]: n }).toEqual({ [table]: 0 });
    }
    // Nor anything else of the plugins: a mentoring grant is no key to the school's own tables.
    const all = await pluginRows(scope);
    for (const [table, n] of Object.entries(all))
      if (!REGION_WIDE.has(table)) expect({ [table]: n }).toEqual({ [table]: 0 });

    // The rows are there: the provider's staff read them, and the workshop its handover grant's handover.
    const staff = await pluginRows(
      {
        providerId: participant.providerId,
        organisationId: participant.providerId,
        personId: null,
        role: "tutor",
      },
      participant.id,
    );
    for (const table of ["lappi_valmennus.participant", "lappi_valmennus.start_task"]) {
      expect(staff[table]).toBeGreaterThan(0);
    }
    const workshop = await pluginRows(
      { providerId: null, organisationId: workshopId, personId: null, role: "workshop_coach" },
      handedOver.id,
    );
    expect(workshop["esedu_workshop_handover.handover"]).toBe(1);
    // A handover grant opens the handover, and still nothing of #Valmennus.
    for (const [table, n] of Object.entries(workshop)) {
      if (table.startsWith("lappi_valmennus.")) expect({ [table]: n }).toEqual({ [table]: 0 });
    }
  });

  it("opens a handover to its workshop only through a handover grant, never a grant of another scope", async () => {
    // A handover row resting on a mentoring grant to the workshop (the plugin never makes one; the
    // wall must not depend on that): the workshop reads nothing of it.
    const { id: studentId, providerId } = await one<{ id: string; providerId: string }>(sql`
      select s.id, s.provider_id as "providerId" from student s
      where s.provider_id = ${handedOver.providerId}::uuid and s.id <> ${handedOver.id}::uuid
        and s.birth_date <= current_date - interval '18 years'
        and not exists (select 1 from access_grant g where g.student_id = s.id)
      order by s.id limit 1`);
    const { grantId } = await one<{ grantId: string }>(sql`insert into access_grant
        (provider_id, student_id, grantee_organisation_id, scope, consent_given_by)
      values (${providerId}::uuid, ${studentId}::uuid, ${workshopId}::uuid, 'mentoring', 'student')
      returning id as "grantId"`);
    const { handoverId } = await one<{ handoverId: string }>(sql`insert into esedu_workshop_handover.handover
        (provider_id, student_id, workshop_id, grant_id, situation)
      values (${providerId}::uuid, ${studentId}::uuid, ${workshopId}::uuid, ${grantId}::uuid, 'no_job')
      returning id as "handoverId"`);
    const valmentaja = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(
      "esedu-workshop-handover",
    );
    expect(await codeOf(valmentaja.get.query({ handoverId }))).toBe("NOT_FOUND");
    expect((await valmentaja.list.query({})).map((h) => h.studentId)).not.toContain(studentId);
    const coach = { providerId: null, organisationId: workshopId, personId: null, role: "workshop_coach" };
    const seen = await pluginRows(coach, studentId);
    expect(seen["esedu_workshop_handover.handover"]).toBe(0);
    // Nor may it end that handover.
    const ended = await inScope(api.db, coach, async (tx) =>
      rowsOf(
        await tx.execute(sql`update esedu_workshop_handover.handover set status = 'ended', ended_at = now()
          where student_id = ${studentId}::uuid returning id`),
      ),
    );
    expect(ended).toHaveLength(0);
    // The provider's staff still see it: the row is there.
    const staff = await pluginRows(
      { providerId, organisationId: providerId, personId: null, role: "tutor" },
      studentId,
    );
    expect(staff["esedu_workshop_handover.handover"]).toBe(1);
  });
});

/**
 * "nothing" when a call shows nothing of these ids: refused (FORBIDDEN), not found, or an answer that
 * names none of them; otherwise what it showed.
 */
async function nothingOf(call: Promise<unknown>, ids: readonly string[]): Promise<unknown> {
  let result: unknown;
  const code = await codeOf(
    call.then((r) => {
      result = r;
    }),
  );
  if (code === "FORBIDDEN" || code === "NOT_FOUND") return "nothing";
  if (code !== "OK") return code;
  const text = JSON.stringify(result ?? null);
  return ids.some((id) => text.includes(id)) ? result : "nothing";
}
