import { desc, eq } from "@polku/plugin-sdk/drizzle";
import { newPublicToken, publicTokenHash } from "@polku/plugin-sdk/public-token";
import { Id, input, procedure, router, SingleLineText, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { DateTime } from "luxon";
import { calendarFeed, meeting } from "./db/schema.ts";
import { assertActive, findHandover } from "./handover-query.ts";

/** A local Helsinki wall time as the portal's date and time fields give it: 2027-03-28T10:00. */
const LocalDateTime = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: "startsAt: give a date and a time." }),
);

const MeetingInput = Schema.Struct({
  handoverId: Id,
  title: SingleLineText(200),
  startsAt: LocalDateTime,
  minutes: Schema.Int.check(Schema.isBetween({ minimum: 5, maximum: 600 })),
  place: Schema.optional(SingleLineText(200)),
});

/** A person keeps a few feeds (one per calendar program): a hard cap on the list. */
const MAX_FEEDS = 50;

export const calendarRouter = router({
  /** A meeting with the coachee at a Helsinki wall time (daylight saving is luxon's to get right). */
  recordMeeting: procedure
    .meta({ permission: "handover.record" })
    .input(input(MeetingInput))
    .mutation(async ({ ctx, input: m }) => {
      const found = await findHandover(ctx.tx, m.handoverId);
      assertActive(found);
      const start = DateTime.fromISO(m.startsAt, { zone: "Europe/Helsinki" });
      // A wall time the spring night skips does not exist: luxon moves it, so say so instead.
      if (!start.isValid || start.toFormat("yyyy-MM-dd'T'HH:mm") !== m.startsAt) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "startsAt: that time does not exist in Finland.",
        });
      }
      const [created] = await ctx.tx
        .insert(meeting)
        .values({
          providerId: found.providerId,
          handoverId: found.id,
          studentId: found.studentId,
          workshopId: found.workshopId,
          title: m.title,
          startsAt: start.toJSDate(),
          endsAt: start.plus({ minutes: m.minutes }).toJSDate(),
          place: m.place,
          createdBy: ctx.actor?.personId,
        })
        .returning({ id: meeting.id });
      await ctx.audit([{ providerId: found.providerId, studentId: found.studentId, action: "create" }]);
      return { id: created!.id };
    }),

  /** A new feed: its token is in the address returned here once, and never again. */
  createFeed: procedure.meta({ permission: "calendar.feed" }).mutation(async ({ ctx }) => {
    const actor = ctx.actor;
    if (!actor?.organisationId) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Only a workshop's or a company's staff keep a feed.",
      });
    }
    const token = newPublicToken();
    const [created] = await ctx.tx
      .insert(calendarFeed)
      .values({
        tokenHash: publicTokenHash(token),
        personId: actor.personId,
        organisationId: actor.organisationId,
      })
      .returning({ id: calendarFeed.id });
    return { id: created!.id, path: `/public/esedu-workshop-handover/calendar/${token}.ics` };
  }),

  /** The person's own feeds (row-level security: nobody else's). */
  feeds: procedure
    .meta({ permission: "calendar.feed" })
    .query(({ ctx }) =>
      ctx.tx
        .select({ id: calendarFeed.id, createdAt: calendarFeed.createdAt, revokedAt: calendarFeed.revokedAt })
        .from(calendarFeed)
        .orderBy(desc(calendarFeed.createdAt))
        .limit(MAX_FEEDS),
    ),

  /** Ends a feed at once: its address answers 404 from this transaction on. */
  revokeFeed: procedure
    .meta({ permission: "calendar.feed" })
    .input(input(Schema.Struct({ feedId: Id })))
    .mutation(async ({ ctx, input: { feedId } }) => {
      const revoked = await ctx.tx
        .update(calendarFeed)
        .set({ revokedAt: new Date() })
        .where(eq(calendarFeed.id, feedId))
        .returning({ id: calendarFeed.id });
      if (revoked.length === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "The calendar feed was not found." });
      }
      return { ok: true as const };
    }),
});
