import { type Database, inRequest, prebuiltSql, type RequestScope, schema } from "@polku/db";
import { sql } from "drizzle-orm";
import type { Actor } from "./auth/sessions.ts";
import type { Logger } from "./context.ts";

export interface AuditEntry {
  readonly providerId: string;
  readonly studentId: string | null;
  readonly action: "read" | "create" | "update" | "delete" | "export";
}

export type AuditRow = typeof schema.auditLog.$inferInsert;

/** What every entry of one procedure call carries; the insert policy checks it against the request. */
export interface AuditedCall {
  readonly actor: Actor;
  readonly path: string;
  readonly ip: string | null;
  readonly meta: { readonly confidential?: boolean } | undefined;
}

export const auditRows = (entries: readonly AuditEntry[], call: AuditedCall): AuditRow[] =>
  entries.map((e) => ({
    providerId: e.providerId,
    studentId: e.studentId,
    action: e.action,
    procedure: call.path,
    actorPersonId: call.actor.personId,
    actorOrganisationId: call.actor.organisationId,
    actorRole: call.actor.role,
    ip: call.ip,
    confidential: call.meta?.confidential === true,
  }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A procedure that failed rolled its entries back with everything else; the attempt is kept anyway,
 * marked unsuccessful, in a transaction of its own: the entries it had recorded, and the student its
 * input names (`studentId`) when the actor may see that student (a refusal often comes before the
 * procedure's own entry, e.g. enrolling a student who is already enrolled). Nothing is written for a
 * student the actor cannot see: there was nothing to read. The transaction begins as a request's does,
 * from the same session, so the entries' actor is checked against that session like any other.
 */
export async function auditAttempt(
  services: { readonly db: Database; readonly log: Logger },
  call: AuditedCall & { readonly type: string },
  recorded: readonly AuditRow[],
  rawInput: unknown,
  request: RequestScope,
) {
  const named = (rawInput as { studentId?: unknown } | null | undefined)?.studentId;
  const namedStudent = typeof named === "string" && UUID.test(named) ? named : null;
  if (recorded.length === 0 && !namedStudent) return;
  const { actor } = call;
  try {
    await inRequest(services.db, request, async (tx, found) => {
      // The session ended in between (a logout in another tab): there is no one to record it for.
      if (found?.personId !== actor.personId) return;
      if (recorded.length > 0) {
        await tx.insert(schema.auditLog).values(recorded.map((e) => ({ ...e, succeeded: false })));
      }
      if (namedStudent && !recorded.some((e) => e.studentId === namedStudent)) {
        // The student's card leaves out a student the actor may not know (as the entry's policy would).
        await tx.execute(sql`insert into audit_log (provider_id, student_id, action, procedure, actor_person_id,
            actor_organisation_id, actor_role, ip, succeeded, confidential)
          select s.provider_id, s.id, ${call.type === "mutation" ? "update" : "read"}, ${call.path},
            ${actor.personId}::uuid, ${actor.organisationId}::uuid, ${actor.role}, ${call.ip}::inet, false,
            ${call.meta?.confidential === true}
          from polku.student_card(${namedStudent}::uuid) s`);
      }
    });
  } catch (error) {
    // The original failure is what the caller must see; a lost entry is logged by its kind only.
    services.log.error(
      { path: call.path, error: (error as Error).name },
      "audit of a failed attempt not written",
    );
  }
}

const entry = (name: string) => sql.placeholder(name);

/**
 * One entry, the most a procedure writes: built once (see prebuiltSql), not by drizzle's insert builder
 * on every call. The columns are auditRows' own.
 */
const auditRowInsert = prebuiltSql(sql`insert into audit_log (provider_id, student_id, action, procedure,
    actor_person_id, actor_organisation_id, actor_role, ip, confidential)
  values (${entry("providerId")}::uuid, ${entry("studentId")}::uuid, ${entry("action")}, ${entry("procedure")},
    ${entry("actorPersonId")}::uuid, ${entry("actorOrganisationId")}::uuid, ${entry("actorRole")},
    ${entry("ip")}::inet, ${entry("confidential")})`);

/** Writes the entries auditRows made, in the caller's transaction. */
export async function insertAuditRows(tx: Database, rows: readonly AuditRow[]) {
  if (rows.length === 1) {
    const [row] = rows as [AuditRow];
    await auditRowInsert(tx, {
      providerId: row.providerId,
      studentId: row.studentId ?? null,
      action: row.action,
      procedure: row.procedure,
      actorPersonId: row.actorPersonId,
      actorOrganisationId: row.actorOrganisationId ?? null,
      actorRole: row.actorRole ?? null,
      ip: row.ip ?? null,
      confidential: row.confidential === true,
    });
  } else if (rows.length > 1) {
    await tx.insert(schema.auditLog).values([...rows]);
  }
}
