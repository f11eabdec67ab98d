/**
 * Student welfare (opiskeluhuolto): referrals to the counsellor, psychologist or nurse. Their contents
 * are for welfare staff only; the database refuses them to every other role too (row-level security on
 * app.role). Other staff may refer a student and may learn how many open referrals a student has, and
 * only those the student allowed to be disclosed.
 */
import { randomUUID } from "node:crypto";
import { rowsOf, schema } from "@polku/db";
import { type ReferralStatus, referralStatuses, transitionReferral, welfareServices } from "@polku/domain";
import { TRPCError } from "@trpc/server";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { Schema } from "effect";
import { runDomain } from "../domain.ts";
import { procedure, router } from "../init.ts";
import { Id, MultiLineText, Note, PageLimit, PageOffset, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";
import { actingProvider } from "./coaching-writes.ts";
import { findStudent } from "./student-lookup.ts";

const { welfareReferral, student, person } = schema;
const referrer = alias(person, "referrer");
const handler = alias(person, "handler");

const ReferInput = Schema.Struct({
  studentId: Id,
  service: Schema.Literals(welfareServices),
  reason: MultiLineText(4000).check(Schema.isMinLength(1, { message: "Write the reason for the referral." })),
  /** May other staff see that the student has a referral? The student's (or guardian's) choice. */
  disclosureAllowed: Schema.Boolean,
});

const QueueInput = Schema.Struct({
  statuses: Schema.optional(
    Schema.Array(Schema.Literals(referralStatuses)).check(
      Schema.isMaxLength(referralStatuses.length, { message: "Name each status once." }),
    ),
  ),
  /** A page of the queue: `limit` (default and at most 200) and `offset`. */
  limit: Schema.optional(PageLimit()),
  offset: Schema.optional(PageOffset),
});
const ReferralRef = Schema.Struct({ referralId: Id });
const UpdateInput = Schema.Struct({
  referralId: Id,
  status: Schema.Literals(referralStatuses),
  welfareNote: Schema.optional(Note),
});

const referralColumns = {
  id: welfareReferral.id,
  providerId: welfareReferral.providerId,
  studentId: welfareReferral.studentId,
  studentFirstName: student.firstName,
  studentLastName: student.lastName,
  service: welfareReferral.service,
  reason: welfareReferral.reason,
  status: welfareReferral.status,
  disclosureAllowed: welfareReferral.disclosureAllowed,
  welfareNote: welfareReferral.welfareNote,
  createdAt: welfareReferral.createdAt,
  closedAt: welfareReferral.closedAt,
  referrerFirstName: referrer.firstName,
  referrerLastName: referrer.lastName,
  handlerFirstName: handler.firstName,
  handlerLastName: handler.lastName,
};

/** Referrals as welfare staff read them (row-level security returns nothing to anyone else). */
const selectReferrals = (tx: Parameters<typeof findStudent>[0]) =>
  tx
    .select(referralColumns)
    .from(welfareReferral)
    .innerJoin(
      student,
      and(eq(student.providerId, welfareReferral.providerId), eq(student.id, welfareReferral.studentId)),
    )
    .leftJoin(referrer, eq(referrer.id, welfareReferral.referredBy))
    .leftJoin(handler, eq(handler.id, welfareReferral.handledBy));

const present = (r: Awaited<ReturnType<typeof selectReferrals>>[number]) => ({
  id: r.id!,
  studentId: r.studentId!,
  studentName: `${r.studentFirstName ?? ""} ${r.studentLastName ?? ""}`.trim(),
  service: r.service!,
  reason: r.reason!,
  status: r.status as ReferralStatus,
  disclosureAllowed: Boolean(r.disclosureAllowed),
  welfareNote: r.welfareNote,
  createdAt: new Date(r.createdAt!).toISOString(),
  closedAt: r.closedAt ? new Date(r.closedAt).toISOString() : null,
  referredBy: r.referrerFirstName ? `${r.referrerFirstName} ${r.referrerLastName}` : null,
  handledBy: r.handlerFirstName ? `${r.handlerFirstName} ${r.handlerLastName}` : null,
});

const notFound = () => new TRPCError({ code: "NOT_FOUND", message: "The referral was not found." });

export const welfareRouter = router({
  /**
   * Refers a student to a welfare service. The referrer cannot read the referral back: its id is made
   * here and nothing is returned from the insert.
   */
  refer: procedure
    .meta({ permission: "welfare.refer", confidential: true })
    .input(input(ReferInput))
    .mutation(async ({ ctx, input: referral }) => {
      const providerId = actingProvider(ctx);
      const found = await findStudent(ctx.tx, referral.studentId);
      if (found.providerId !== providerId)
        throw new TRPCError({ code: "NOT_FOUND", message: "The student was not found." });
      await ctx.tx.insert(welfareReferral).values({
        providerId,
        id: randomUUID(),
        studentId: found.id,
        service: referral.service,
        reason: referral.reason.trim(),
        disclosureAllowed: referral.disclosureAllowed,
        referredBy: ctx.actor!.personId,
      });
      await ctx.audit([{ providerId, studentId: found.id, action: "create" }]);
      return { ok: true as const };
    }),

  /** The welfare staff's queue: open and in-progress referrals first, oldest first. */
  queue: procedure
    .meta({ permission: "welfare.read", confidential: true })
    .input(input(QueueInput))
    .query(async ({ ctx, input: { statuses, limit = 200, offset = 0 } }) => {
      const wanted = statuses && statuses.length > 0 ? [...statuses] : ["open", "in_progress"];
      const rows = await selectReferrals(ctx.tx)
        .where(inArray(welfareReferral.status, wanted))
        .orderBy(
          sql`case ${welfareReferral.status} when 'open' then 0 when 'in_progress' then 1 else 2 end`,
          asc(welfareReferral.createdAt),
          asc(welfareReferral.id),
        )
        .limit(limit)
        .offset(offset);
      const students = new Map(rows.map((r) => [`${r.providerId}/${r.studentId}`, r]));
      await ctx.audit(
        [...students.values()].map((r) => ({
          providerId: r.providerId,
          studentId: r.studentId,
          action: "read" as const,
        })),
      );
      return rows.map(present);
    }),

  /** One referral, for welfare staff. */
  get: procedure
    .meta({ permission: "welfare.read", confidential: true })
    .input(input(ReferralRef))
    .query(async ({ ctx, input: { referralId } }) => {
      const [row] = await selectReferrals(ctx.tx).where(eq(welfareReferral.id, referralId));
      if (!row) throw notFound();
      await ctx.audit([{ providerId: row.providerId, studentId: row.studentId, action: "read" }]);
      return present(row);
    }),

  /** Takes a referral on, records the welfare staff's note, or closes it. */
  update: procedure
    .meta({ permission: "welfare.manage", confidential: true })
    .input(input(UpdateInput))
    .mutation(async ({ ctx, input: change }) => {
      const [current] = await ctx.tx
        .select({
          providerId: welfareReferral.providerId,
          studentId: welfareReferral.studentId,
          status: welfareReferral.status,
        })
        .from(welfareReferral)
        .where(eq(welfareReferral.id, change.referralId));
      if (!current) throw notFound();
      const status = runDomain(transitionReferral(current.status as ReferralStatus, change.status));
      await ctx.tx
        .update(welfareReferral)
        .set({
          status,
          handledBy: ctx.actor!.personId,
          ...(change.welfareNote !== undefined ? { welfareNote: change.welfareNote.trim() || null } : {}),
          ...(status === "closed" ? { closedAt: new Date() } : {}),
        })
        .where(
          and(eq(welfareReferral.providerId, current.providerId), eq(welfareReferral.id, change.referralId)),
        );
      await ctx.audit([{ providerId: current.providerId, studentId: current.studentId, action: "update" }]);
      return { status };
    }),

  /**
   * For other staff: how many open referrals the student has that the student allowed to disclose.
   * Nothing else: not the service, the reason or who referred.
   */
  disclosed: procedure
    .meta({ permission: "welfare.disclosed" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const found = await findStudent(ctx.tx, studentId);
      const [row] = rowsOf<{ n: number }>(
        await ctx.tx.execute(
          sql`select polku_disclosed_referrals(${found.providerId}::uuid, ${found.id}::uuid) as n`,
        ),
      );
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      return { openReferrals: Number(row?.n ?? 0) };
    }),
});
