import { rowsOf, schema } from "@polku/db";
import { inArray, sql } from "drizzle-orm";
import { Schema } from "effect";
import { procedure, router } from "../init.ts";
import { Id } from "../schemas.ts";
import { input } from "../validation.ts";
import { findStudent } from "./student-lookup.ts";

/** Entries read for one page of the trail; polku_audit_trail_page caps a page in SQL too. */
export const TRAIL_PAGE_ENTRIES = 200;

/** Entries of one person doing the same to the same part within this long are shown as one line. */
const GROUP_WITHIN_MS = 60 * 60 * 1000;

/** The kinds of actor a reader filters the trail by. */
const actorKinds = {
  staff: ["tutor", "teacher", "welfare", "manager", "region_admin", "funding_negotiator"],
  partners: ["workshop_coach", "company_contact", "partner_contact", "public"],
  family: ["student", "guardian"],
} as const;

const TrailInput = Schema.Struct({
  studentId: Id,
  /** The last entry of the previous page: the page holds the entries before it. */
  before: Schema.optional(
    Schema.Struct({
      at: Schema.String.check(
        Schema.makeFilter(
          (at: string) =>
            // The form the trail returns, and a real instant (no 30 February): the database would refuse it.
            (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at) &&
              !Number.isNaN(Date.parse(at)) &&
              new Date(at).toISOString() === at) ||
            "Give the time of the previous page's last entry, as the trail returned it.",
        ),
      ),
      id: Schema.String.check(
        Schema.isPattern(/^\d{1,19}$/, {
          message: "Give the id of the previous page's last entry, as the trail returned it.",
        }),
      ),
    }),
  ),
  /** The reader's own reads are left out unless asked for: they are what the reader knows already. */
  includeOwnReads: Schema.optional(Schema.Boolean),
  who: Schema.optional(Schema.Literals(["staff", "partners", "family"])),
  /** A part of Polku: a core area ("hoks", "pathway") or a plugin ("plugins.<id>"). */
  what: Schema.optional(
    Schema.String.check(
      Schema.isPattern(/^(plugins\.[a-z][a-z0-9-]{0,63}|[a-zA-Z]{1,40})$/, {
        message: 'Choose a part of Polku, such as "hoks" or "plugins.<plugin id>".',
      }),
    ),
  ),
});

interface TrailRow {
  id: string;
  at: string | Date;
  action: string;
  procedure: string;
  actor_role: string | null;
  actor_organisation_id: string | null;
  actor_person_id: string;
  succeeded: boolean;
}

/** The part of Polku a procedure belongs to: its first segment, or `plugins.<id>` for a plugin's. */
export const areaOf = (procedure: string) => {
  const parts = procedure.split(".");
  return parts[0] === "plugins" && parts[1] ? `plugins.${parts[1]}` : (parts[0] ?? procedure);
};

interface Line {
  /** The newest and the oldest entry of the line (the same for a single entry). */
  at: string;
  from: string;
  count: number;
  action: string;
  area: string;
  /** The procedures behind the line, each once, for tools and exports (the portal shows the area). */
  procedures: string[];
  succeeded: boolean;
  actorPersonId: string;
  actorRole: string | null;
  organisationId: string | null;
}

/** Consecutive entries (newest first) of one person doing the same to the same part within an hour. */
function grouped(rows: readonly TrailRow[]): Line[] {
  const lines: Line[] = [];
  for (const r of rows) {
    const at = new Date(r.at).toISOString();
    const area = areaOf(r.procedure);
    const last = lines.at(-1);
    if (
      last &&
      last.actorPersonId === r.actor_person_id &&
      last.actorRole === r.actor_role &&
      last.organisationId === r.actor_organisation_id &&
      last.area === area &&
      last.action === r.action &&
      last.succeeded === r.succeeded &&
      Date.parse(last.from) - Date.parse(at) <= GROUP_WITHIN_MS
    ) {
      last.from = at;
      last.count += 1;
      if (!last.procedures.includes(r.procedure)) last.procedures.push(r.procedure);
      continue;
    }
    lines.push({
      at,
      from: at,
      count: 1,
      action: r.action,
      area,
      procedures: [r.procedure],
      succeeded: r.succeeded,
      actorPersonId: r.actor_person_id,
      actorRole: r.actor_role,
      organisationId: r.actor_organisation_id,
    });
  }
  return lines;
}

export const auditRouter = router({
  /**
   * Who read or changed this student's data, newest first, a page at a time, in lines of what one
   * person did to one part of Polku: for managers, and for the student or a guardian of a minor.
   */
  forStudent: procedure
    .meta({ permission: "audit.read" })
    .input(input(TrailInput))
    .query(async ({ ctx, input: request }) => {
      const found = await findStudent(ctx.tx, request.studentId);
      const roles = request.who
        ? sql`${`{${actorKinds[request.who].join(",")}}`}::text[]`
        : sql`null::text[]`;
      const prefix = request.what ? `${request.what}.` : null;
      const rows = rowsOf<TrailRow>(
        await ctx.tx.execute(
          sql`select t.id::text as id, t.at, t.action, t.procedure, t.actor_role, t.actor_organisation_id,
            t.actor_person_id, t.succeeded
          from polku_audit_trail_page(${found.providerId}::uuid, ${found.id}::uuid,
            ${request.before?.at ?? null}::timestamptz, ${request.before?.id ?? null}::bigint,
            ${request.includeOwnReads ? null : ctx.actor!.personId}::uuid, ${roles}, ${prefix}::text,
            ${TRAIL_PAGE_ENTRIES + 1}) t`,
        ),
      );
      const page = rows.slice(0, TRAIL_PAGE_ENTRIES);
      const last = page.at(-1);
      const personIds = [...new Set(page.map((r) => r.actor_person_id))];
      const orgIds = [
        ...new Set(page.flatMap((r) => (r.actor_organisation_id ? [r.actor_organisation_id] : []))),
      ];
      const people = personIds.length
        ? await ctx.tx
            .select({
              id: schema.person.id,
              firstName: schema.person.firstName,
              lastName: schema.person.lastName,
            })
            .from(schema.person)
            .where(inArray(schema.person.id, personIds))
        : [];
      const orgs = orgIds.length
        ? await ctx.tx
            .select({ id: schema.organisation.id, name: schema.organisation.name })
            .from(schema.organisation)
            .where(inArray(schema.organisation.id, orgIds))
        : [];
      const nameOf = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
      const orgOf = new Map(orgs.map((o) => [o.id, o.name]));
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return {
        entries: grouped(page).map(({ actorPersonId, organisationId, ...line }) => ({
          ...line,
          actorName: nameOf.get(actorPersonId) ?? null,
          organisationName: organisationId ? (orgOf.get(organisationId) ?? null) : null,
        })),
        next:
          rows.length > TRAIL_PAGE_ENTRIES && last
            ? { at: new Date(last.at).toISOString(), id: last.id }
            : null,
      };
    }),
});
