import { type Database, schema } from "@polku/db";
import { localDateIn } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, desc, eq, sql } from "drizzle-orm";
import { Schema } from "effect";
import { procedure } from "../init.ts";
import { Id, MultiLineText, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { actingProvider, evaluateStudents, loadConfig } from "./early-warning-data.ts";
import { ranked } from "./early-warning-view.ts";
import { findStudent } from "./student-lookup.ts";

/** A handling note's most characters: a few sentences on what was done (the database checks it too). */
export const MAX_HANDLING_NOTE = 2000;

const HandlingNote = MultiLineText(MAX_HANDLING_NOTE).check(
  Schema.isPattern(/\S/, {
    message: "Write a note: what was done about the warning, for the others who read it.",
  }),
);

const HandleInput = Schema.Struct({ studentId: Id, note: HandlingNote });
const ReopenInput = Schema.Struct({ studentId: Id, note: Schema.optional(MultiLineText(MAX_HANDLING_NOTE)) });

/** The student's warning as of today, with its signals and latest handling (row-level security applies). */
async function warningOf(tx: Database, studentId: string) {
  const found = await findStudent(tx, studentId);
  const { config } = await loadConfig(tx, found.providerId);
  const today = localDateIn(new Date());
  const [student] = await evaluateStudents(
    tx,
    found.providerId,
    sql`s.id = ${found.id}::uuid`,
    config,
    today,
    {
      limit: 1,
      offset: 0,
    },
  );
  return { found, student };
}

/**
 * Marking a student's warning handled, and opening it again: each is a row added to the warning's
 * history (early_warning_handling), never a change or a deletion, and audited as a write.
 */
export const handlingProcedures = {
  /**
   * Marks the student's warning handled with a note, recording the signals seen now: the warning
   * stays handled until a signal not among them appears. Refused when there is no warning, or it is
   * handled already.
   */
  handle: procedure
    .meta({ permission: "earlyWarning.handle" })
    .input(input(HandleInput))
    .mutation(async ({ ctx, input: { studentId, note } }) => {
      actingProvider(ctx.actor);
      const { found, student } = await warningOf(ctx.tx, studentId);
      if (!student || student.flags.length === 0) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "The student has no early warning to mark handled.",
        });
      }
      if (student.state === "handled") {
        throw new TRPCError({ code: "CONFLICT", message: "This early warning is already marked handled." });
      }
      await ctx.tx.insert(schema.earlyWarningHandling).values({
        providerId: found.providerId,
        studentId: found.id,
        action: "handled",
        note: note.trim(),
        signals: [...student.signals],
        createdBy: ctx.actor!.personId,
      });
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "create" }]);
      return { state: "handled" as const, signals: student.signals.length };
    }),

  /** Opens a handled warning again (an undo, or more is needed), with an optional note; kept in the history. */
  reopen: procedure
    .meta({ permission: "earlyWarning.handle" })
    .input(input(ReopenInput))
    .mutation(async ({ ctx, input: { studentId, note } }) => {
      actingProvider(ctx.actor);
      const { found, student } = await warningOf(ctx.tx, studentId);
      if (student?.state !== "handled" || student.flags.length === 0) {
        throw new TRPCError({ code: "CONFLICT", message: "This early warning is not marked handled." });
      }
      await ctx.tx.insert(schema.earlyWarningHandling).values({
        providerId: found.providerId,
        studentId: found.id,
        action: "reopened",
        note: note?.trim() || null,
        signals: [...student.signals],
        createdBy: ctx.actor!.personId,
      });
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "update" }]);
      return { state: "open" as const };
    }),

  /** The student's warning now and its handling history, newest first (at most 50 entries). */
  history: procedure
    .meta({ permission: "earlyWarning.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      actingProvider(ctx.actor);
      const { found, student } = await warningOf(ctx.tx, studentId);
      const h = schema.earlyWarningHandling;
      const rows = await ctx.tx
        .select({
          id: h.id,
          action: h.action,
          note: h.note,
          at: h.createdAt,
          firstName: schema.person.firstName,
          lastName: schema.person.lastName,
        })
        .from(h)
        .leftJoin(schema.person, eq(schema.person.id, h.createdBy))
        .where(and(eq(h.providerId, found.providerId), eq(h.studentId, found.id)))
        .orderBy(desc(h.createdAt), desc(h.id))
        .limit(50);
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return {
        warning: student ? (ranked([student])[0] ?? null) : null,
        entries: rows.map((r) => ({
          id: r.id,
          action: r.action as "handled" | "reopened",
          note: r.note,
          at: r.at.toISOString(),
          byName: r.firstName ? `${r.firstName} ${r.lastName}` : null,
        })),
      };
    }),
};
