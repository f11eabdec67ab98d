/**
 * Importing a HOKS from eHOKS JSON: decoded with the domain's decoder (every problem with its path),
 * checked to belong to the student, then stored as the student's HOKS (replacing a previous one).
 */
import { schema } from "@polku/db";
import { type DecodeProblem, decodeHoks, type HoksDocument } from "@polku/domain";
import { and, eq } from "drizzle-orm";
import { Effect, Result } from "effect";
import type { ScopedContext } from "../pathway-writes.ts";
import { documentRefused, type HoksStudent, hoksView, insertFirstHoks, loadHoks } from "./hoks-data.ts";

const { hoks, student: studentTable } = schema;

/** The input as an object, to check its learner OID even when other fields are wrong. */
function parsedOrUndefined(json: unknown): Partial<HoksDocument> | undefined {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return undefined;
    }
  }
  return typeof value === "object" && value !== null ? (value as Partial<HoksDocument>) : undefined;
}

export async function importHoks(ctx: ScopedContext, found: HoksStudent, json: unknown) {
  const [owner] = await ctx.tx
    .select({ learnerOid: studentTable.learnerOid })
    .from(studentTable)
    .where(and(eq(studentTable.providerId, found.providerId), eq(studentTable.id, found.id)));
  const result = Effect.runSync(Effect.result(decodeHoks(json)));
  const problems: DecodeProblem[] = Result.isFailure(result) ? [...result.failure.problems] : [];
  const raw = Result.isSuccess(result) ? result.success : parsedOrUndefined(json);
  const learnerOid = raw?.["oppija-oid"];
  if (
    typeof learnerOid === "string" &&
    learnerOid !== owner?.learnerOid &&
    !problems.some((p) => p.path === "oppija-oid")
  ) {
    problems.unshift({
      path: "oppija-oid",
      kind: "invalid",
      message: "This HOKS belongs to another learner: its learner OID is not the student's.",
    });
  }
  // A problem with the document as a whole (not JSON, not an object) is the `document` field's.
  if (problems.length > 0 || Result.isFailure(result)) {
    documentRefused(problems, (path) => (path === "" ? "document" : path));
  }
  const doc = result.success;
  const approvedOn = doc.hyvaksytty?.slice(0, 10) ?? doc["ensikertainen-hyvaksyminen"];
  const values = {
    document: doc as Record<string, unknown>,
    // A HOKS in eHOKS has been approved there: it carries its first approval date.
    status: "approved",
    origin: "imported",
    firstApprovedOn: doc["ensikertainen-hyvaksyminen"],
    approvedOn,
    approvedBy: null,
    updatedBy: ctx.actor!.personId,
    updatedAt: new Date(),
  };
  const existing = await loadHoks(ctx.tx, found);
  if (existing) {
    await ctx.tx
      .update(hoks)
      .set(values)
      .where(and(eq(hoks.providerId, found.providerId), eq(hoks.id, existing.id)));
  } else {
    await insertFirstHoks(ctx.tx, { providerId: found.providerId, studentId: found.id, ...values });
  }
  await ctx.audit([
    { providerId: found.providerId, studentId: found.id, action: existing ? "update" : "create" },
  ]);
  return hoksView(ctx.tx, (await loadHoks(ctx.tx, found))!);
}
