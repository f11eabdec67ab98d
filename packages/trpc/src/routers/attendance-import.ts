import { schema } from "@polku/db";
import {
  checkAttendanceTable,
  describeImportProblem,
  duplicateMarkProblems,
  type ImportProblem,
  InvalidAttendanceImport,
  LocalDate,
  sortImportProblems,
} from "@polku/domain";
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import { Schema } from "effect";
import { procedure } from "../init.ts";
import { MultiLineText } from "../schemas.ts";
import { input } from "../validation.ts";
import { readAttendanceCsv } from "./attendance-csv.ts";
import {
  badInput,
  checkDay,
  emitMarksSaved,
  type MarkWrite,
  staffActor,
  upsertMarks,
} from "./attendance-writes.ts";

const { student } = schema;

/** The largest CSV one import takes, in characters (about 2 MB): a provider's day fits many times over. */
export const MAX_IMPORT_CHARACTERS = 2_000_000;

const ImportInput = Schema.Struct({
  day: LocalDate,
  // Lines end in LF or CRLF and cells may be separated by tabs; other control characters are refused.
  csv: MultiLineText(MAX_IMPORT_CHARACTERS, {
    tooLong: `The file is larger than ${MAX_IMPORT_CHARACTERS.toLocaleString("en")} characters (about 2 MB): split it into smaller files, e.g. one per group, and import them one by one.`,
  }),
});

/** An import's problems as one BAD_REQUEST: each names its line and column (`csv.<line>.<column>`). */
function importRefused(problems: readonly ImportProblem[]): never {
  const sorted = sortImportProblems(problems);
  const error = badInput(
    sorted.map((p) => ({
      path: p.column ? ["csv", p.line, p.column] : ["csv", p.line],
      message: describeImportProblem(p),
    })),
  );
  error.message = new InvalidAttendanceImport({ problems: sorted }).message;
  throw error;
}

/** The CSV import of the attendance router (attendance.import). */
export const importProcedures = {
  /**
   * Imports a day's marks from a CSV file for the actor's provider: every line is checked and the
   * students looked up first; with any problem nothing is saved and every problem is reported.
   */
  import: procedure
    // Room for the CSV's characters as JSON (escaped newlines and quotes), beyond which the schema names the limit.
    .meta({ permission: "attendance.import", maxInputBytes: 2 * MAX_IMPORT_CHARACTERS })
    .input(input(ImportInput))
    .mutation(async ({ ctx, input: { day, csv } }) => {
      const actor = staffActor(ctx.actor);
      checkDay(day);
      const table = readAttendanceCsv(csv);
      if ("message" in table) importRefused([table]);
      const { rows, problems } = checkAttendanceTable(table, { day });

      const oids = [...new Set(rows.flatMap((r) => (r.student.kind === "oid" ? [r.student.oid] : [])))];
      const ids = [...new Set(rows.flatMap((r) => (r.student.kind === "id" ? [r.student.id] : [])))];
      const byOid = new Map<string, string>();
      const knownIds = new Set<string>();
      if (oids.length + ids.length > 0) {
        // The identifiers travel as JSON arrays: two parameters however long the file.
        const which: SQL[] = [];
        if (oids.length > 0) {
          which.push(
            sql`${student.learnerOid} in (select jsonb_array_elements_text(${JSON.stringify(oids)}::jsonb))`,
          );
        }
        if (ids.length > 0) {
          which.push(
            sql`${student.id} in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`,
          );
        }
        const found = await ctx.tx
          .select({ id: student.id, learnerOid: student.learnerOid })
          .from(student)
          .where(and(eq(student.providerId, actor.providerId), or(...which)));
        for (const s of found) {
          knownIds.add(s.id);
          if (s.learnerOid) byOid.set(s.learnerOid, s.id);
        }
      }
      const resolved: Array<MarkWrite & { line: number }> = [];
      for (const row of rows) {
        const studentId = row.student.kind === "oid" ? byOid.get(row.student.oid) : row.student.id;
        if (studentId === undefined || !knownIds.has(studentId)) {
          problems.push({
            line: row.line,
            column: "opiskelija",
            message:
              row.student.kind === "oid"
                ? `no student of your provider has the learner OID ${row.student.oid}: check the OID, or add the student to Polku first.`
                : `no student of your provider has the id ${row.student.id}: check the id.`,
          });
          continue;
        }
        resolved.push({
          line: row.line,
          studentId,
          day: row.day,
          lesson: row.lesson,
          status: row.status,
          minutesLate: row.minutesLate,
          groupId: null,
        });
      }
      problems.push(...duplicateMarkProblems(resolved));
      if (problems.length > 0) importRefused(problems);

      const result = await upsertMarks(ctx.tx, actor, resolved);
      await ctx.audit(result.audit);
      await emitMarksSaved(ctx, actor, result.saved);
      return {
        marks: resolved.length,
        students: new Set(resolved.map((r) => r.studentId)).size,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
      };
    }),
};
