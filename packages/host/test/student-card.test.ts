/**
 * A grant of a plugin's scope opens who the student is, not the student's row (migration 0026): a
 * company during a work trial, a training's local partner and a company assessing a badge read, as the
 * application role, no birth date, email, phone or OID of the student, only the card (id, provider,
 * name) while the grant is in force; and through the API their pages still show the names they show.
 * The grants are the demo's own: the Esedu seed opens a work trial to the company, the Kaikkien seed
 * shares learners with the partner, the passport seed has the company assess badges.
 */
import { rowsOf } from "@polku/db";
import { type ActorScope, inScope, testDatabases } from "@polku/db/testing";
import { loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SCOPES = ["work-trial", "training-partner", "badge-assessment"] as const;
type Scope = (typeof SCOPES)[number];
/** The demo's grantee of each scope, by the user who logs in for it. */
const GRANTEE: Record<Scope, string> = {
  "work-trial": "yritys",
  "training-partner": "kumppani",
  "badge-assessment": "yritys",
};

interface Granted {
  grantId: string;
  organisationId: string;
  providerId: string;
  studentId: string;
  firstName: string;
  lastName: string;
}

type Session = Awaited<ReturnType<typeof loginAs>>;
type Procedure = { query(input?: unknown): Promise<unknown>; mutate(input?: unknown): Promise<unknown> };
/** A procedure by its path, untyped: the plugins' routers are not this package's dependencies. */
const procedureAt = (session: Session, path: string) => {
  let target = session.trpc as unknown as Record<string, unknown>;
  for (const part of path.split(".")) target = target[part] as Record<string, unknown>;
  return target as unknown as Procedure;
};

const PRIVATE = ["birth_date", "email", "phone", "learner_oid", "study_right_oid"] as const;

describe.each(testDatabases())(
  "a plugin scope's grant opens the student's card only, on $kind",
  ({ kind }) => {
    let api: Awaited<ReturnType<typeof startTestApi>>;
    const granted = {} as Record<Scope, Granted>;

    const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await api.db.execute(query));
    const asGrantee = (g: Granted): ActorScope => ({
      providerId: null,
      organisationId: g.organisationId,
      personId: null,
      role: "company_contact",
    });

    beforeAll(async () => {
      api = await startTestApi(kind);
      // The demo learner sends a badge to the company to assess: the guardian's consent (a minor) makes the
      // badge-assessment grant, as in the portal.
      const passport = "plugins.keski-pohjanmaa-tyoelamapassi.earning";
      const learner = await loginAs(api.url, "opiskelija");
      const catalogue = (await procedureAt(
        learner,
        "plugins.keski-pohjanmaa-tyoelamapassi.catalogue.list",
      ).query(undefined)) as Array<{ slug: string; badgeClassId: string; assessors: Array<{ id: string }> }>;
      const badge = catalogue.find((b) => b.assessors.length > 0)!;
      const { id: pursuitId } = (await procedureAt(learner, `${passport}.start`).mutate({
        badgeClassId: badge.badgeClassId,
        assessorOrganisationId: badge.assessors[0]!.id,
      })) as { id: string };
      await procedureAt(learner, `${passport}.addEvidence`).mutate({
        pursuitId,
        kind: "text",
        text: "Palvelin asiakkaita.",
      });
      const guardian = await loginAs(api.url, "huoltaja");
      await procedureAt(guardian, `${passport}.consent`).mutate({ pursuitId });
      await procedureAt(learner, `${passport}.submit`).mutate({ pursuitId });
      for (const scope of SCOPES) {
        // A grant in force of this scope whose grantee holds no handover grant on the student (that one
        // opens the row, for a workshop's coach), with the student's private columns filled in.
        const [g] = await rows<Granted>(sql`
        select g.id as "grantId", g.grantee_organisation_id as "organisationId", g.provider_id as "providerId",
               g.student_id as "studentId", s.first_name as "firstName", s.last_name as "lastName"
        from access_grant g join student s on s.provider_id = g.provider_id and s.id = g.student_id
        where g.scope = ${scope} and g.grantee_organisation_id = (select m.organisation_id from membership m
            join person p on p.id = m.person_id where p.username = ${GRANTEE[scope]} limit 1)
          and g.revoked_at is null and g.valid_from <= now() and now() < g.valid_until
          and not exists (select 1 from access_grant h where h.provider_id = g.provider_id
                          and h.student_id = g.student_id and h.grantee_organisation_id = g.grantee_organisation_id
                          and h.scope = 'handover' and h.revoked_at is null)
        order by g.created_at, g.id limit 1`);
        expect({ scope, found: g !== undefined }).toEqual({ scope, found: true });
        granted[scope] = g!;
        // Give the student every private column, so that "none read" is the wall, not empty data.
        await api.db.execute(sql`update student set email = coalesce(email, 'opiskelija@example.fi'),
          phone = coalesce(phone, '+358 40 123 4567'), learner_oid = coalesce(learner_oid, '1.2.246.562.24.10000000001'),
          study_right_oid = coalesce(study_right_oid, '1.2.246.562.15.10000000001')
        where provider_id = ${g!.providerId}::uuid and id = ${g!.studentId}::uuid`);
      }
    }, 180_000);
    afterAll(() => api?.close());

    it.each(SCOPES)(
      "reads no private column of the student through a %s grant, as the application role",
      async (scope) => {
        const g = granted[scope];
        const row = await inScope(api.db, asGrantee(g), async (tx) =>
          rowsOf<Record<string, unknown>>(
            await tx.execute(sql`select ${sql.raw(PRIVATE.join(", "))} from student
              where provider_id = ${g.providerId}::uuid and id = ${g.studentId}::uuid`),
          ),
        );
        expect(row).toEqual([]);
        // The card: who the student is, and not one column more; the partner's list has it too.
        const seen = await inScope(api.db, asGrantee(g), async (tx) => ({
          card: rowsOf<Record<string, unknown>>(
            await tx.execute(sql`select * from polku.student_card(${g.studentId}::uuid)`),
          ),
          listed: rowsOf<{ id: string }>(await tx.execute(sql`select id from polku.granted_student_cards()`)),
        }));
        expect(seen.card).toEqual([
          { provider_id: g.providerId, id: g.studentId, first_name: g.firstName, last_name: g.lastName },
        ]);
        expect(seen.listed.map((r) => r.id)).toContain(g.studentId);
      },
    );

    it("shows no card to an organisation without a grant on the student", async () => {
      const g = granted["work-trial"];
      const [other] = await rows<{ id: string }>(sql`select o.id from organisation o
      where o.kind = 'company' and not exists (select 1 from access_grant a where a.grantee_organisation_id = o.id
        and a.student_id = ${g.studentId}::uuid)
      order by o.id limit 1`);
      expect(other).toBeDefined();
      const card = await inScope(api.db, { ...asGrantee(g), organisationId: other!.id }, async (tx) =>
        rowsOf(await tx.execute(sql`select * from polku.student_card(${g.studentId}::uuid)`)),
      );
      expect(card).toEqual([]);
    });

    it("still shows each grantee's page the names it shows, and audits the reads", async () => {
      const trial = granted["work-trial"];
      const yritys = await loginAs(api.url, "yritys");
      const call = (session: Session, path: string, input?: unknown) =>
        procedureAt(session, path).query(input);
      const trials = (await call(yritys, "plugins.esedu-workshop-handover.trials.forCompany")) as Array<
        Record<string, unknown>
      >;
      const shown = trials.find((t) => t.studentId === trial.studentId);
      expect(shown).toMatchObject({ firstName: trial.firstName, lastName: trial.lastName });
      const [audited] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log
      where student_id = ${trial.studentId}::uuid and actor_organisation_id = ${trial.organisationId}::uuid
        and procedure = 'plugins.esedu-workshop-handover.trials.forCompany'`);
      expect(audited!.n).toBeGreaterThan(0);

      // The core's student page: the name, and nothing of the row (on main it held the birth date,
      // email and phone too). The read is audited through the card.
      const page = (await yritys.trpc.students.get.query({ studentId: trial.studentId })) as Record<
        string,
        unknown
      >;
      expect(page).toMatchObject({
        id: trial.studentId,
        firstName: trial.firstName,
        lastName: trial.lastName,
      });
      expect({
        birthDate: page.birthDate,
        email: page.email,
        phone: page.phone,
        learnerOid: page.learnerOid,
      }).toEqual({
        birthDate: null,
        email: null,
        phone: null,
        learnerOid: null,
      });
      const listed = await yritys.trpc.students.list.query({ search: trial.lastName });
      expect(listed.find((s) => s.id === trial.studentId)).toMatchObject({
        firstName: trial.firstName,
        birthDate: null,
      });
      const [pageAudit] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log
      where student_id = ${trial.studentId}::uuid and actor_organisation_id = ${trial.organisationId}::uuid
        and procedure = 'students.get'`);
      expect(pageAudit!.n).toBeGreaterThan(0);

      // The assessor's queue names the learners of the submitted pursuits it assesses.
      const assess = granted["badge-assessment"];
      const [submitted] = await rows<{ n: number }>(sql`select count(*)::int as n
      from keski_pohjanmaa_tyoelamapassi.pursuit p where p.status = 'submitted'
        and p.assessor_organisation_id = ${assess.organisationId}::uuid`);
      const queue = (await call(yritys, "plugins.keski-pohjanmaa-tyoelamapassi.assessing.queue")) as Array<{
        learnerName: string;
      }>;
      expect(submitted!.n).toBeGreaterThan(0);
      expect(queue).toHaveLength(submitted!.n);
      for (const item of queue) expect(item.learnerName).not.toBe("");

      // The training's partner sees the learners who agreed to share with it, by name.
      const partner = granted["training-partner"];
      const kumppani = await loginAs(api.url, "kumppani");
      const [training] = await rows<{ id: string }>(sql`select l.training_id as id
      from kaikkien_jatkopolku.learner l where l.provider_id = ${partner.providerId}::uuid
        and l.student_id = ${partner.studentId}::uuid limit 1`);
      const learners = (await call(kumppani, "plugins.kaikkien-jatkopolku.partner.learners", {
        trainingId: training!.id,
      })) as Array<Record<string, unknown>>;
      expect(learners).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ firstName: partner.firstName, lastName: partner.lastName }),
        ]),
      );
    });

    it("closes the card when the grant is revoked", async () => {
      const g = granted["badge-assessment"];
      await api.db.execute(sql`update access_grant set revoked_at = now()
      where grantee_organisation_id = ${g.organisationId}::uuid and student_id = ${g.studentId}::uuid
        and revoked_at is null`);
      const card = await inScope(api.db, asGrantee(g), async (tx) =>
        rowsOf(await tx.execute(sql`select * from polku.student_card(${g.studentId}::uuid)`)),
      );
      expect(card).toEqual([]);
    });
  },
);
