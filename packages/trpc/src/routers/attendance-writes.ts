import { type Database, rowsOf } from "@polku/db";
import { type AttendanceStatus, markDayProblem, schoolDayOf } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import type { AuditEntry } from "../audit.ts";
import { coreEvents, emitCore } from "../core-events.ts";
import type { PayloadOf } from "../events.ts";
import type { ScopedContext } from "../pathway-writes.ts";

/** One attendance mark as it was saved (created, or changed in status or minutes). */
export type SavedMark = PayloadOf<typeof coreEvents.marksSaved>["marks"][number];

/** One mark to save: for a day (lesson "") or one lesson of it. */
export interface MarkWrite {
  readonly studentId: string;
  readonly day: string;
  readonly lesson: string;
  readonly status: AttendanceStatus;
  readonly minutesLate: number | null;
  /** The group it was marked in; null for an import. A correction without a group keeps the old one. */
  readonly groupId: string | null;
}

export interface MarkResult {
  /** Marks written for the first time. */
  readonly created: number;
  /** Marks that changed status or minutes. */
  readonly updated: number;
  /** Marks sent that were already saved as they are: nothing written. */
  readonly unchanged: number;
  /** One entry per student whose marks changed: "create" if any of theirs is new, else "update". */
  readonly audit: AuditEntry[];
  /** The marks created or changed, for `core.marksSaved`. */
  readonly saved: SavedMark[];
}

/**
 * Saves marks with one INSERT … ON CONFLICT, whatever their number: the rows travel as one JSON
 * parameter (no per-row parameters, so no limit on them and little SQL to build). A mark already
 * saved with the same status and minutes is left alone, so marking again changes nothing and audits
 * nothing. Row-level security checks each row's provider, as for any write.
 */
export async function upsertMarks(
  tx: Database,
  actor: { readonly providerId: string; readonly personId: string },
  marks: readonly MarkWrite[],
): Promise<MarkResult> {
  if (marks.length === 0) return { created: 0, updated: 0, unchanged: 0, audit: [], saved: [] };
  const rows = JSON.stringify(
    marks.map((m) => ({
      student_id: m.studentId,
      group_id: m.groupId,
      day: m.day,
      lesson: m.lesson,
      status: m.status,
      minutes_late: m.minutesLate,
    })),
  );
  const written = rowsOf<{
    student_id: string;
    day: string;
    lesson: string;
    status: AttendanceStatus;
    inserted: boolean;
  }>(
    await tx.execute(sql`
      insert into attendance_mark as m
        (provider_id, student_id, group_id, day, lesson, status, minutes_late, recorded_by)
      select ${actor.providerId}::uuid, r.student_id, r.group_id, r.day, r.lesson, r.status, r.minutes_late,
        ${actor.personId}::uuid
      from jsonb_to_recordset(${rows}::jsonb)
        as r(student_id uuid, group_id uuid, day date, lesson text, status text, minutes_late integer)
      on conflict (provider_id, student_id, day, lesson) do update
        set status = excluded.status,
            minutes_late = excluded.minutes_late,
            group_id = coalesce(excluded.group_id, m.group_id),
            recorded_by = excluded.recorded_by,
            recorded_at = now()
        where (m.status, m.minutes_late) is distinct from (excluded.status, excluded.minutes_late)
      returning m.student_id, m.day::text as day, m.lesson, m.status, (m.xmax = 0) as inserted`),
  );
  const actions = new Map<string, AuditEntry["action"]>();
  let created = 0;
  for (const row of written) {
    if (row.inserted) created++;
    if (actions.get(row.student_id) !== "create") {
      actions.set(row.student_id, row.inserted ? "create" : "update");
    }
  }
  return {
    created,
    updated: written.length - created,
    unchanged: marks.length - written.length,
    audit: [...actions].map(([studentId, action]) => ({ providerId: actor.providerId, studentId, action })),
    saved: written.map((r) => ({ studentId: r.student_id, day: r.day, lesson: r.lesson, status: r.status })),
  };
}

/** Provider staff only: marks and groups belong to the actor's own provider. */
export function staffActor(actor: { providerId: string | null; personId: string } | null) {
  if (!actor?.providerId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only an education provider's staff can do this." });
  }
  return { providerId: actor.providerId, personId: actor.personId };
}

/** A BAD_REQUEST naming each bad field, as input validation does: the portal shows each next to its field. */
export function badInput(issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>) {
  return new TRPCError({
    code: "BAD_REQUEST",
    message: issues.map((i) => i.message).join(" "),
    cause: Object.assign(new Error("invalid input"), { issues }),
  });
}

/** A day after today is refused, naming the field, before anything is read or written. */
export function checkDay(day: string) {
  const problem = markDayProblem(day, schoolDayOf(new Date()));
  if (problem) throw badInput([{ path: ["day"], message: problem }]);
}

/** Tells the deployment of marks that changed, in the transaction that saved them; none, no event. */
export async function emitMarksSaved(
  ctx: ScopedContext,
  savedBy: { readonly providerId: string; readonly personId: string },
  marks: readonly SavedMark[],
): Promise<void> {
  if (marks.length === 0) return;
  await emitCore(ctx, coreEvents.marksSaved, {
    providerId: savedBy.providerId,
    savedBy: savedBy.personId,
    marks,
  });
}
