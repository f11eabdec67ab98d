import { type Database, schema } from "@polku/db";
import type { OutcomeKind, StepStatus } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import type { AuditEntry } from "./audit.ts";
import type { Actor } from "./auth/sessions.ts";
import type { Services } from "./context.ts";
import { coreEvents, emitCore } from "./core-events.ts";

/** What a procedure's context gives the writes below: its transaction, actor, services and audit. */
export interface ScopedContext {
  readonly tx: Database;
  readonly actor: Actor | null;
  readonly services: Omit<Services, "db" | "accounts" | "errorText">;
  audit(entries: readonly AuditEntry[]): Promise<void>;
}

export interface StudentKey {
  readonly providerId: string;
  readonly id: string;
}

export interface NewStep {
  readonly kind: string;
  readonly status?: StepStatus | undefined;
  readonly startsOn?: string | undefined;
  readonly endsOn?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * Records a step on a student's pathway, for the core and for plugins alike: the kind must be one of
 * the deployment's, its phase comes from the kind, the acting organisation and person are recorded,
 * and the change is audited in the same transaction.
 */
export async function recordStep(
  ctx: ScopedContext,
  student: StudentKey,
  step: NewStep,
): Promise<{ id: string }> {
  const kind = ctx.services.stepKinds.get(step.kind);
  if (!kind) {
    const known = ctx.services.stepKinds
      .all()
      .map((k) => k.id)
      .join(", ");
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `kind: unknown step kind "${step.kind}". This deployment knows: ${known}.`,
    });
  }
  if (step.startsOn && step.endsOn && step.endsOn < step.startsOn) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "endsOn: the end date is before the start date." });
  }
  const [created] = await ctx.tx
    .insert(schema.pathwayStep)
    .values({
      providerId: student.providerId,
      studentId: student.id,
      kind: kind.id,
      phase: kind.phase,
      status: step.status ?? "planned",
      startsOn: step.startsOn,
      endsOn: step.endsOn,
      note: step.note,
      organisationId: ctx.actor?.organisationId,
      recordedBy: ctx.actor?.personId,
    })
    .returning({ id: schema.pathwayStep.id, status: schema.pathwayStep.status });
  await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "create" }]);
  await emitCore(ctx, coreEvents.stepRecorded, {
    providerId: student.providerId,
    studentId: student.id,
    stepId: created!.id,
    kind: kind.id,
    phase: kind.phase,
    status: created!.status as StepStatus,
  });
  return { id: created!.id };
}

export interface NewOutcome {
  readonly kind: OutcomeKind;
  readonly occurredOn: string;
  readonly employmentMonths?: number | undefined;
  readonly note?: string | undefined;
}

/** Records where a student ended up, by whom, audited in the same transaction. */
export async function recordOutcome(
  ctx: ScopedContext,
  student: StudentKey,
  result: NewOutcome,
): Promise<{ id: string }> {
  const [created] = await ctx.tx
    .insert(schema.outcome)
    .values({
      providerId: student.providerId,
      studentId: student.id,
      kind: result.kind,
      occurredOn: result.occurredOn,
      employmentMonths: result.employmentMonths,
      note: result.note,
      organisationId: ctx.actor?.organisationId,
      recordedBy: ctx.actor?.personId,
    })
    .returning({ id: schema.outcome.id });
  await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "create" }]);
  await emitCore(ctx, coreEvents.outcomeRecorded, {
    providerId: student.providerId,
    studentId: student.id,
    outcomeId: created!.id,
    kind: result.kind,
    occurredOn: result.occurredOn,
  });
  return { id: created!.id };
}
