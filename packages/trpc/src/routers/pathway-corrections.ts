/**
 * Correcting and cancelling a recorded step (a duplicate work trial, a wrong date or kind). Nothing is
 * deleted and nothing changes silently: the step as it was, who changed it, when and why go into the
 * append-only history (pathway_step_revision) in the same transaction as the change, which is audited.
 */
import { schema } from "@polku/db";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { notFound } from "../errors.ts";
import type { ScopedContext } from "../pathway-writes.ts";
import { badInput } from "./attendance-writes.ts";

const { pathwayStep, pathwayStepRevision } = schema;

export interface StepCorrection {
  readonly kind?: string | undefined;
  readonly startsOn?: string | null | undefined;
  readonly endsOn?: string | null | undefined;
  readonly note?: string | null | undefined;
}

/** The step, if the actor may change it: the provider's staff, or the partner that recorded it. */
async function changeableStep(ctx: ScopedContext, stepId: string) {
  const [current] = await ctx.tx
    .select({
      providerId: pathwayStep.providerId,
      studentId: pathwayStep.studentId,
      kind: pathwayStep.kind,
      status: pathwayStep.status,
      startsOn: pathwayStep.startsOn,
      endsOn: pathwayStep.endsOn,
      note: pathwayStep.note,
      organisationId: pathwayStep.organisationId,
    })
    .from(pathwayStep)
    .where(eq(pathwayStep.id, stepId));
  if (!current) throw notFound("The step");
  if (ctx.actor!.providerId === null && current.organisationId !== ctx.actor!.organisationId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the organisation that recorded this step can correct or cancel it.",
    });
  }
  return current;
}

type Current = Awaited<ReturnType<typeof changeableStep>>;

async function keepRevision(
  ctx: ScopedContext,
  stepId: string,
  current: Current,
  action: "corrected" | "cancelled",
  reason: string,
  change: Partial<typeof pathwayStep.$inferInsert>,
) {
  const now = new Date();
  const personId = ctx.actor!.personId;
  await ctx.tx.insert(pathwayStepRevision).values({
    providerId: current.providerId,
    stepId,
    studentId: current.studentId,
    action,
    reason,
    previous: {
      kind: current.kind,
      status: current.status,
      startsOn: current.startsOn,
      endsOn: current.endsOn,
      note: current.note,
    },
    revisedBy: personId,
    revisedAt: now,
  });
  await ctx.tx
    .update(pathwayStep)
    .set({ ...change, updatedAt: now, revisedAt: now, revisedBy: personId, revisionReason: reason })
    .where(and(eq(pathwayStep.providerId, current.providerId), eq(pathwayStep.id, stepId)));
  await ctx.audit([{ providerId: current.providerId, studentId: current.studentId, action: "update" }]);
}

/**
 * Corrects a step's kind, dates or note; a field left out stays, null empties it. Returns the fields
 * that changed (none: nothing was written).
 */
export async function correctStep(
  ctx: ScopedContext,
  stepId: string,
  reason: string,
  correction: StepCorrection,
) {
  const current = await changeableStep(ctx, stepId);
  const change: Partial<typeof pathwayStep.$inferInsert> = {};
  if (correction.kind !== undefined && correction.kind !== current.kind) {
    const kind = ctx.services.stepKinds.get(correction.kind);
    if (!kind)
      throw badInput([{ path: ["kind"], message: `This deployment has no step kind "${correction.kind}".` }]);
    change.kind = kind.id;
    change.phase = kind.phase;
  }
  for (const key of ["startsOn", "endsOn", "note"] as const) {
    const value = correction[key];
    if (value !== undefined && value !== current[key]) change[key] = value;
  }
  // Nothing differs from what is recorded: nothing is written, and the caller is told so.
  if (Object.keys(change).length === 0) return { id: stepId, corrected: [] as string[] };
  const startsOn = change.startsOn !== undefined ? change.startsOn : current.startsOn;
  const endsOn = change.endsOn !== undefined ? change.endsOn : current.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) {
    throw badInput([{ path: ["endsOn"], message: "The end date is before the start date." }]);
  }
  await keepRevision(ctx, stepId, current, "corrected", reason, change);
  return { id: stepId, corrected: Object.keys(change).filter((k) => k !== "phase") };
}

/**
 * Cancels a step recorded by mistake (or one that did not take place), whatever its status: it stays on
 * the pathway, marked cancelled with the reason, and counts for nothing.
 */
export async function cancelStep(ctx: ScopedContext, stepId: string, reason: string) {
  const current = await changeableStep(ctx, stepId);
  if (current.status === "cancelled") {
    throw new TRPCError({ code: "CONFLICT", message: "The step is already cancelled." });
  }
  await keepRevision(ctx, stepId, current, "cancelled", reason, { status: "cancelled" });
  return { id: stepId, status: "cancelled" as const };
}
