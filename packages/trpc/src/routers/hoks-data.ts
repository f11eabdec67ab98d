/**
 * Reading and writing a student's HOKS row: the stored eHOKS document (always valid: every write is
 * decoded first), its units with their progress, and the export's JSON.
 */
import { type Database, schema } from "@polku/db";
import {
  type DecodeProblem,
  decodeHoks,
  draftPathOf,
  HoksDocument,
  hoksDraftOf,
  hoksUnits,
} from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { Effect, Result, Schema } from "effect";
import { unitsByCode } from "./qualification-catalogue.ts";

const { hoks, unitProgress, student } = schema;

export type HoksRow = typeof hoks.$inferSelect;

/**
 * Writes the student's first HOKS. Two writes at the same moment (a double click, two tabs) both see
 * none and both insert: the second meets the one-HOKS-per-student index and is told to reload.
 */
export async function insertFirstHoks(tx: Database, values: typeof hoks.$inferInsert): Promise<void> {
  try {
    await tx.insert(hoks).values(values);
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } } | undefined;
    if ((e?.code ?? e?.cause?.code) !== "23505") throw error;
    throw new TRPCError({
      code: "CONFLICT",
      message: "The student's HOKS was saved by someone else at the same moment: reload it and save again.",
    });
  }
}

export interface HoksStudent {
  readonly id: string;
  readonly providerId: string;
}

export async function loadHoks(tx: Database, student: HoksStudent): Promise<HoksRow | undefined> {
  const [row] = await tx
    .select()
    .from(hoks)
    .where(and(eq(hoks.providerId, student.providerId), eq(hoks.studentId, student.id)));
  return row;
}

/** A document's problems as one BAD_REQUEST; each names its JSON path (the response's `issues`). */
export function documentRefused(
  problems: readonly DecodeProblem[],
  pathOf: (path: string) => string = (path) => path,
): never {
  const issues = problems.map((p) => {
    const named = pathOf(p.path);
    return { path: named === "" ? [] : [named], message: p.message };
  });
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: problems.length === 1 ? "The HOKS has 1 problem." : `The HOKS has ${problems.length} problems.`,
    cause: Object.assign(new Error("invalid HOKS"), { issues }),
  });
}

/** Decodes a document with the domain's decoder; every problem is refused with its path. */
export function validDocument(json: unknown): HoksDocument {
  const result = Effect.runSync(Effect.result(decodeHoks(json)));
  if (Result.isFailure(result)) documentRefused(result.failure.problems);
  return result.success;
}

/**
 * Decodes a document the editor built: a problem in a field the editor covers is named by that field
 * (`draft.units.0.ways.0.end`), so the portal shows it there; any other keeps its eHOKS path.
 */
export function validDraftDocument(json: unknown): HoksDocument {
  const result = Effect.runSync(Effect.result(decodeHoks(json)));
  if (Result.isFailure(result)) {
    documentRefused(result.failure.problems, (path) => {
      if (path === "") return "draft";
      const field = draftPathOf(path);
      return field === undefined ? path : `draft.${field}`;
    });
  }
  return result.success;
}

const encode = Schema.encodeSync(HoksDocument);

/**
 * The document as eHOKS JSON: the first approval date is the one Polku recorded (an approval here
 * replaces a new draft's placeholder); keys come out in the schema's order, so the text is stable.
 */
export function exportDocument(row: HoksRow): Record<string, unknown> {
  const doc = validDocument(row.document);
  const withApproval: HoksDocument = row.firstApprovedOn
    ? { ...doc, "ensikertainen-hyvaksyminen": row.firstApprovedOn }
    : doc;
  return encode(validDocument(withApproval)) as Record<string, unknown>;
}

/**
 * A HOKS as the portal shows it: status and dates, the document, the editor's subset, unit progress,
 * and what the qualification catalogue says of each unit (its name in the three languages, scope,
 * whether compulsory), so that everyone reads names; the codes stay in the document and its export.
 */
export async function hoksView(tx: Database, row: HoksRow) {
  const document = validDocument(row.document);
  const [own] = await tx
    .select({ qualificationCode: student.qualificationCode })
    .from(student)
    .where(and(eq(student.providerId, row.providerId), eq(student.id, row.studentId)));
  const units = hoksUnits(document);
  const catalogue = await unitsByCode(
    tx,
    units.map((u) => u.code),
    own?.qualificationCode ?? null,
  );
  const progress = await tx
    .select({
      unitCode: unitProgress.unitCode,
      status: unitProgress.status,
      changedOn: unitProgress.changedOn,
    })
    .from(unitProgress)
    .where(and(eq(unitProgress.providerId, row.providerId), eq(unitProgress.studentId, row.studentId)));
  const byCode = new Map(progress.map((p) => [p.unitCode, p]));
  return {
    id: row.id,
    status: row.status as "draft" | "awaiting_approval" | "approved",
    origin: row.origin as "drafted" | "imported",
    firstApprovedOn: row.firstApprovedOn,
    approvedOn: row.approvedOn,
    updatedAt: row.updatedAt.toISOString(),
    document: exportDocument(row),
    draft: hoksDraftOf(document),
    catalogue: Object.fromEntries(catalogue),
    units: units.map((u) => ({
      ...u,
      status: byCode.get(u.code)?.status ?? "not_started",
      changedOn: byCode.get(u.code)?.changedOn ?? null,
    })),
  };
}
