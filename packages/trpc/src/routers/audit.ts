import { rowsOf, schema } from "@polku/db";
import { inArray, sql } from "drizzle-orm";
import { procedure, router } from "../init.ts";
import { StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { findStudent } from "./student-lookup.ts";

/**
 * The newest entries of a trail, at most: polku_audit_trail caps its rows in SQL too, and the trail of
 * a student read every day grows without end, so the portal shows the newest.
 */
export const MAX_TRAIL_ENTRIES = 500;

interface TrailRow {
  at: string | Date;
  action: string;
  procedure: string;
  actor_role: string | null;
  actor_organisation_id: string | null;
  actor_person_id: string;
}

export const auditRouter = router({
  /** Who read or changed this student's data: for managers, and for the student or a guardian of a minor. */
  forStudent: procedure
    .meta({ permission: "audit.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const rows = rowsOf<TrailRow>(
        await ctx.tx.execute(
          sql`select * from polku_audit_trail(${found.providerId}::uuid, ${found.id}::uuid) limit ${MAX_TRAIL_ENTRIES}`,
        ),
      );
      const personIds = [...new Set(rows.map((r) => r.actor_person_id))];
      const orgIds = [
        ...new Set(rows.flatMap((r) => (r.actor_organisation_id ? [r.actor_organisation_id] : []))),
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
      return rows.map((r) => ({
        at: new Date(r.at).toISOString(),
        action: r.action,
        procedure: r.procedure,
        actorRole: r.actor_role,
        actorName: nameOf.get(r.actor_person_id) ?? null,
        organisationName: r.actor_organisation_id ? (orgOf.get(r.actor_organisation_id) ?? null) : null,
      }));
    }),
});
