/**
 * HOKS: the tutor drafts a student's plan and submits it, the student (or a minor's guardian) approves
 * it; the document is kept in eHOKS JSON, imported from and exported to it; progress per unit.
 */
import { schema } from "@polku/db";
import { applyHoksDraft, hoksUnits, localDateIn } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, eq, sql } from "drizzle-orm";
import { coreEvents, emitCore } from "../core-events.ts";
import { procedure, router } from "../init.ts";
import { StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { badInput } from "./attendance-writes.ts";
import { actingProvider } from "./coaching-writes.ts";
import {
  exportDocument,
  hoksView,
  insertFirstHoks,
  loadHoks,
  validDocument,
  validDraftDocument,
} from "./hoks-data.ts";
import { importHoks } from "./hoks-import.ts";
import { DraftInput, ImportInput, MAX_HOKS_CHARACTERS, ProgressInput } from "./hoks-schemas.ts";
import { unitsByCode } from "./qualification-catalogue.ts";
import { findStudent } from "./student-lookup.ts";

const { hoks, unitProgress, student: studentTable } = schema;

const noHoks = () => new TRPCError({ code: "NOT_FOUND", message: "The student has no HOKS yet." });

/** A student of the acting staff member's own provider (others are "not found"). */
async function ownStudent(ctx: Parameters<typeof actingProvider>[0], studentId: string) {
  const providerId = actingProvider(ctx);
  const found = await findStudent(ctx.tx, studentId);
  if (found.providerId !== providerId)
    throw new TRPCError({ code: "NOT_FOUND", message: "The student was not found." });
  return found;
}

/**
 * Each unit of a draft is one the catalogue knows (the editor offers only those), or one the HOKS
 * already had (an imported plan may name units of requirements not loaded here): an unknown code is
 * refused at its field, so a typing error never reaches the student's plan.
 */
async function checkUnitsKnown(
  tx: Parameters<typeof loadHoks>[0],
  units: ReadonlyArray<{ code: string }>,
  existing: Awaited<ReturnType<typeof loadHoks>>,
) {
  const had = new Set(existing ? hoksUnits(validDocument(existing.document)).map((u) => u.code) : []);
  const known = await unitsByCode(
    tx,
    units.map((u) => u.code),
    null,
  );
  const unknown = units.flatMap((u, i) => (known.has(u.code) || had.has(u.code) ? [] : [i]));
  if (unknown.length > 0) {
    throw badInput(
      unknown.map((i) => ({
        path: ["draft", "units", i, "code"],
        message: `The unit ${units[i]!.code} is in no qualification's requirements in Polku: choose the unit from the qualification's list.`,
      })),
    );
  }
}

export const hoksRouter = router({
  /** A student's HOKS with its units and their progress; null when there is none yet. */
  get: procedure
    .meta({ permission: "hoks.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const row = await loadHoks(ctx.tx, found);
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return row ? await hoksView(ctx.tx, row) : null;
    }),

  /**
   * Creates or updates the draft. An approved or submitted HOKS returns to draft and is marked updated
   * (`paivitetty`), keeping its first approval date, as eHOKS does. The document is decoded before saving.
   */
  draft: procedure
    .meta({ permission: "hoks.write" })
    .input(input(DraftInput))
    .mutation(async ({ ctx, input: { studentId, draft } }) => {
      const found = await ownStudent(ctx, studentId);
      const [oids] = await ctx.tx
        .select({ learnerOid: studentTable.learnerOid, studyRightOid: studentTable.studyRightOid })
        .from(studentTable)
        .where(and(eq(studentTable.providerId, found.providerId), eq(studentTable.id, found.id)));
      if (!oids?.learnerOid || !oids.studyRightOid) {
        throw badInput([
          {
            path: ["studentId"],
            message:
              "The student has no learner OID or study-right OID yet: a HOKS belongs to a study right.",
          },
        ]);
      }
      const existing = await loadHoks(ctx.tx, found);
      await checkUnitsKnown(ctx.tx, draft.units, existing);
      const now = new Date();
      const built = applyHoksDraft(
        existing ? exportDocument(existing) : undefined,
        { learnerOid: oids.learnerOid, studyRightOid: oids.studyRightOid },
        draft,
        { today: localDateIn(now), instant: now.toISOString() },
      );
      const document = validDraftDocument(built) as Record<string, unknown>;
      const personId = ctx.actor!.personId;
      if (existing) {
        await ctx.tx
          .update(hoks)
          .set({ document, status: "draft", updatedBy: personId, updatedAt: now })
          .where(and(eq(hoks.providerId, found.providerId), eq(hoks.id, existing.id)));
      } else {
        await insertFirstHoks(ctx.tx, {
          providerId: found.providerId,
          studentId: found.id,
          document,
          status: "draft",
          origin: "drafted",
          updatedBy: personId,
        });
      }
      await ctx.audit([
        { providerId: found.providerId, studentId: found.id, action: existing ? "update" : "create" },
      ]);
      const row = await loadHoks(ctx.tx, found);
      return hoksView(ctx.tx, row!);
    }),

  /** Submits the draft for the student's (or a minor's guardian's) approval. */
  submit: procedure
    .meta({ permission: "hoks.write" })
    .input(input(StudentRef))
    .mutation(async ({ ctx, input: { studentId } }) => {
      const found = await ownStudent(ctx, studentId);
      const row = await loadHoks(ctx.tx, found);
      if (!row) throw noHoks();
      if (row.status !== "draft") {
        throw new TRPCError({
          code: "CONFLICT",
          message:
            row.status === "approved"
              ? "The HOKS is already approved: edit it to make a new draft first."
              : "The HOKS is already waiting for approval.",
        });
      }
      await ctx.tx
        .update(hoks)
        .set({ status: "awaiting_approval", updatedBy: ctx.actor!.personId, updatedAt: new Date() })
        .where(and(eq(hoks.providerId, row.providerId), eq(hoks.id, row.id)));
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "update" }]);
      return { status: "awaiting_approval" as const };
    }),

  /** The student, or the guardian of a minor, approves a submitted HOKS. */
  approve: procedure
    .meta({ permission: "hoks.approve" })
    .input(input(StudentRef))
    .mutation(async ({ ctx, input: { studentId } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const row = await loadHoks(ctx.tx, found);
      if (!row) throw noHoks();
      if (row.status === "approved")
        throw new TRPCError({ code: "CONFLICT", message: "The HOKS is already approved." });
      if (row.status === "draft") {
        throw badInput([
          {
            path: ["studentId"],
            message: "The student's HOKS is still a draft: the tutor submits it for approval first.",
          },
        ]);
      }
      const result = await ctx.tx.execute(
        sql`select polku_approve_hoks(${row.providerId}::uuid, ${row.id}::uuid) as approved`,
      );
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
        approved: boolean;
      }>;
      if (rows[0]?.approved !== true) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only the student, or the guardian of a minor student, can approve this HOKS.",
        });
      }
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "update" }]);
      const approved = await loadHoks(ctx.tx, found);
      const approvedOn = approved?.approvedOn ?? null;
      if (approvedOn) {
        await emitCore(ctx, coreEvents.hoksApproved, {
          providerId: found.providerId,
          studentId: found.id,
          hoksId: row.id,
          approvedOn,
        });
      }
      return { status: "approved" as const, approvedOn };
    }),

  /**
   * Imports a HOKS in eHOKS JSON (text or object) for a student; its `oppija-oid` must be the student's
   * learner OID. Every problem is reported with its JSON path and nothing is saved on any problem.
   */
  import: procedure
    .meta({ permission: "hoks.transfer", maxInputBytes: 2 * MAX_HOKS_CHARACTERS })
    .input(input(ImportInput))
    .mutation(async ({ ctx, input: { studentId, document } }) => {
      const found = await ownStudent(ctx, studentId);
      return importHoks(ctx, found, document);
    }),

  /** The HOKS as eHOKS JSON: for those who transfer HOKS documents, and for the student themself. */
  export: procedure
    .meta({ permission: "hoks.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const actor = ctx.actor!;
      if (actor.role !== "student" && !ctx.services.authority.can(actor.role, "hoks.transfer")) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this action." });
      }
      const found = await findStudent(ctx.tx, studentId);
      const row = await loadHoks(ctx.tx, found);
      if (!row) throw noHoks();
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "export" }]);
      const document = exportDocument(row);
      return { json: JSON.stringify(document, null, 2), status: row.status };
    }),

  /** Sets a unit's progress; the unit must be one of the HOKS's units to acquire. */
  setProgress: procedure
    .meta({ permission: "progress.write" })
    .input(input(ProgressInput))
    .mutation(async ({ ctx, input: { studentId, unitCode, status } }) => {
      const found = await ownStudent(ctx, studentId);
      const row = await loadHoks(ctx.tx, found);
      if (!row) throw noHoks();
      const unit = hoksUnits(validDocument(row.document)).find((u) => u.code === unitCode);
      if (!unit) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `unitCode: the unit ${unitCode} is not in the student's HOKS.`,
          cause: Object.assign(new Error("unknown unit"), {
            issues: [{ path: ["unitCode"], message: "This unit is not in the student's HOKS." }],
          }),
        });
      }
      const changedOn = localDateIn(new Date());
      const personId = ctx.actor!.personId;
      // Kept with the progress for reports: the document's own name and scope, else the catalogue's.
      const listed = (await unitsByCode(ctx.tx, [unitCode], null)).get(unitCode);
      const points = unit.competencePoints ?? listed?.competencePoints;
      await ctx.tx
        .insert(unitProgress)
        .values({
          providerId: found.providerId,
          studentId: found.id,
          unitCode,
          unitName: unit.name ?? listed?.name.fi ?? null,
          competencePoints: points == null ? null : Math.round(points),
          status,
          changedOn,
          changedBy: personId,
        })
        .onConflictDoUpdate({
          target: [unitProgress.providerId, unitProgress.studentId, unitProgress.unitCode],
          set: { status, changedOn, changedBy: personId },
        });
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "update" }]);
      return { unitCode, status, changedOn };
    }),
});
