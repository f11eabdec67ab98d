/**
 * Meetings with partners, booked while the training runs (the trainer with a partner, or a learner
 * with a partner to prepare what comes after), and each person's calendar feed of them.
 */
import { core, rowsOf } from "@polku/plugin-sdk/db";
import { and, asc, eq, isNull, sql } from "@polku/plugin-sdk/drizzle";
import { newPublicToken, publicTokenHash } from "@polku/plugin-sdk/public-token";
import {
  Id,
  input,
  LocalDateInput,
  notFound,
  procedure,
  router,
  SingleLineText,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { feedPath } from "./calendar/feed.ts";
import { calendarFeed, learner, meeting, trainingPartner } from "./db/schema.ts";
import { findTraining } from "./load.ts";
import { refuseClosed } from "./trainings.ts";

const Time = Schema.String.check(
  Schema.isPattern(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Give the time as HH:MM." }),
);

const BookInput = Schema.Struct({
  trainingPartnerId: Id,
  learnerId: Schema.optional(Id),
  title: SingleLineText(200).check(Schema.isMinLength(1, { message: "Say what the meeting is about." })),
  place: Schema.optional(SingleLineText(200)),
  /** The day and the clock times in Helsinki: the database makes them instants, daylight saving included. */
  date: LocalDateInput,
  startTime: Time,
  endTime: Time,
});

const CancelInput = Schema.Struct({
  meetingId: Id,
  reason: Schema.optional(SingleLineText(500)),
});

const { person } = core;

/** A training's meetings are a few dozen: a hard cap. */
const MAX_MEETINGS = 500;

export const meetingsRouter = router({
  book: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(BookInput))
    .mutation(async ({ ctx, input: m }) => {
      const [partner] = await ctx.tx
        .select()
        .from(trainingPartner)
        .where(eq(trainingPartner.id, m.trainingPartnerId));
      if (!partner) throw notFound("The partner of the training");
      const t = await findTraining(ctx.tx, partner.trainingId);
      refuseClosed(t);
      if (m.endTime <= m.startTime) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "endTime: the meeting ends before it starts." });
      }
      let studentId: string | null = null;
      if (m.learnerId) {
        const [l] = await ctx.tx
          .select({ studentId: learner.studentId, trainingId: learner.trainingId })
          .from(learner)
          .where(and(eq(learner.providerId, t.providerId), eq(learner.id, m.learnerId)));
        if (!l || l.trainingId !== t.id) throw notFound("The learner");
        studentId = l.studentId;
      }
      const at = (time: string) => sql`((${m.date}::date + ${time}::time) at time zone 'Europe/Helsinki')`;
      // A meeting booked in the past is a slip of the date (no calendar would remind anyone of it).
      const [when] = rowsOf<{ past: boolean }>(
        await ctx.tx.execute(sql`select ${at(m.startTime)} < now() as past`),
      );
      if (when?.past) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "date: the meeting would start in the past." });
      }
      const [created] = await ctx.tx
        .insert(meeting)
        .values({
          providerId: t.providerId,
          trainingId: t.id,
          trainingPartnerId: partner.id,
          learnerId: m.learnerId ?? null,
          title: m.title,
          place: m.place ?? "",
          startsAt: at(m.startTime) as unknown as Date,
          endsAt: at(m.endTime) as unknown as Date,
          createdBy: ctx.actor!.personId,
        })
        .returning({ id: meeting.id });
      if (studentId) await ctx.audit([{ providerId: t.providerId, studentId, action: "create" }]);
      return { id: created!.id };
    }),

  /**
   * Cancels a booked meeting: it stays on the training's page with who cancelled it, when and why, and
   * leaves the calendar feeds. Deleting is not possible (migration 0007 takes DELETE away).
   */
  cancel: procedure
    .meta({ permission: "jatkopolku.write" })
    .input(input(CancelInput))
    .mutation(async ({ ctx, input: { meetingId, reason } }) => {
      const [found] = await ctx.tx.select().from(meeting).where(eq(meeting.id, meetingId));
      if (!found) throw notFound("The meeting");
      refuseClosed(await findTraining(ctx.tx, found.trainingId));
      const cancelled = await ctx.tx
        .update(meeting)
        .set({ cancelledAt: new Date(), cancelledBy: ctx.actor!.personId, cancelReason: reason || null })
        .where(
          and(
            eq(meeting.providerId, found.providerId),
            eq(meeting.id, found.id),
            isNull(meeting.cancelledAt),
          ),
        )
        .returning({ id: meeting.id });
      if (cancelled.length === 0) {
        throw new TRPCError({ code: "CONFLICT", message: "The meeting has been cancelled already." });
      }
      if (found.learnerId) {
        const [l] = await ctx.tx
          .select({ studentId: learner.studentId })
          .from(learner)
          .where(and(eq(learner.providerId, found.providerId), eq(learner.id, found.learnerId)));
        if (l) await ctx.audit([{ providerId: found.providerId, studentId: l.studentId, action: "update" }]);
      }
      return { ok: true as const };
    }),

  /** A training's meetings, soonest first; a cancelled one with who cancelled it, when and why. */
  list: procedure
    .meta({ permission: "jatkopolku.read" })
    .input(input(Schema.Struct({ trainingId: Id })))
    .query(async ({ ctx, input: { trainingId } }) => {
      const t = await findTraining(ctx.tx, trainingId);
      return ctx.tx
        .select({
          id: meeting.id,
          trainingPartnerId: meeting.trainingPartnerId,
          learnerId: meeting.learnerId,
          title: meeting.title,
          place: meeting.place,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          cancelledAt: meeting.cancelledAt,
          cancelReason: meeting.cancelReason,
          cancelledByName: sql<
            string | null
          >`case when ${person.id} is null then null else ${person.firstName} || ' ' || ${person.lastName} end`,
        })
        .from(meeting)
        .leftJoin(person, eq(person.id, meeting.cancelledBy))
        .where(and(eq(meeting.providerId, t.providerId), eq(meeting.trainingId, t.id)))
        .orderBy(asc(meeting.startsAt))
        .limit(MAX_MEETINGS);
    }),
});

/** Calendar feeds: the token is shown once, when the feed is made; only its hash is kept. */
export const feedsRouter = router({
  create: procedure.meta({ permission: "jatkopolku.feed" }).mutation(async ({ ctx }) => {
    const actor = ctx.actor!;
    if (!actor.organisationId || !actor.role)
      throw new TRPCError({ code: "FORBIDDEN", message: "Act for an organisation to make a calendar feed." });
    const token = newPublicToken();
    await ctx.tx.insert(calendarFeed).values({
      personId: actor.personId,
      organisationId: actor.organisationId,
      role: actor.role,
      tokenHash: publicTokenHash(token),
    });
    return { path: feedPath(token) };
  }),

  mine: procedure
    .meta({ permission: "jatkopolku.feed" })
    .query(async ({ ctx }) =>
      ctx.tx
        .select({ id: calendarFeed.id, createdAt: calendarFeed.createdAt })
        .from(calendarFeed)
        .where(isNull(calendarFeed.revokedAt))
        .orderBy(asc(calendarFeed.createdAt))
        .limit(50),
    ),

  /** Ends a feed: a calendar subscribed to it gets nothing more. */
  revoke: procedure
    .meta({ permission: "jatkopolku.feed" })
    .input(input(Schema.Struct({ feedId: Id })))
    .mutation(async ({ ctx, input: { feedId } }) => {
      const revoked = await ctx.tx
        .update(calendarFeed)
        .set({ revokedAt: new Date() })
        .where(and(eq(calendarFeed.id, feedId), isNull(calendarFeed.revokedAt)))
        .returning({ id: calendarFeed.id });
      if (revoked.length === 0) throw notFound("The calendar feed");
      return { ok: true as const };
    }),
});
