/**
 * Every person's inbox: the notifications delivered to them (the core's outbox, migration 0013), shown
 * in the language the portal is in. Row-level security gives a person only their own, once due.
 */
import { type Database, rowsOf, schema } from "@polku/db";
import { and, count, desc, eq, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import { Schema } from "effect";
import type { Services } from "../context.ts";
import { procedure, router } from "../init.ts";
import { asNotificationLocale, notificationLocales } from "../notifications.ts";
import { AUTHENTICATED } from "../permissions.ts";
import { Id, PageLimit, PageOffset } from "../schemas.ts";
import { input } from "../validation.ts";

const { notification } = schema;

/** A person's inbox page: the newest 50 by default. */
const MAX_INBOX_PAGE = 100;

const ListInput = Schema.Struct({
  locale: Schema.optional(Schema.Literals(notificationLocales)),
  limit: Schema.optional(PageLimit(MAX_INBOX_PAGE)),
  offset: Schema.optional(PageOffset),
});

const MarkReadInput = Schema.Struct({
  /** The items to mark read; all of the person's when left out. */
  ids: Schema.optional(Schema.Array(Id).check(Schema.isMaxLength(MAX_INBOX_PAGE))),
});

/**
 * One's own inbox items that are due, of a template this deployment has (a removed plugin's are not
 * shown, so not counted either). The policy limits rows to one's own too; this keeps the intent plain.
 */
const mine = (personId: string, templates: readonly string[]) =>
  and(
    eq(notification.recipientPersonId, personId),
    inArray(notification.template, [...templates]),
    sql`'inbox' = any (${notification.channels})`,
    lte(notification.deliverAt, sql`now()`),
    ne(notification.status, "cancelled"),
  );

export const inboxRouter = router({
  /** The person's notifications, newest first, each rendered in the portal's language. */
  list: procedure
    .meta({ permission: AUTHENTICATED })
    .input(input(ListInput))
    .query(async ({ ctx, input: { locale, limit = 50, offset = 0 } }) => {
      const actor = ctx.actor!;
      const language = locale ?? asNotificationLocale(actor.locale);
      const rows = await ctx.tx
        .select({
          id: notification.id,
          providerId: notification.providerId,
          template: notification.template,
          data: notification.data,
          deliverAt: notification.deliverAt,
          readAt: notification.readAt,
          aboutStudents: notification.aboutStudents,
        })
        .from(notification)
        .where(mine(actor.personId, templatesOf(ctx)))
        .orderBy(desc(notification.deliverAt), desc(notification.id))
        .limit(limit)
        .offset(offset);
      // What a notification tells of a student is theirs: reading it is a read of it.
      await ctx.audit(
        rows.flatMap((r) =>
          r.aboutStudents.map((studentId) => ({
            providerId: r.providerId,
            studentId,
            action: "read" as const,
          })),
        ),
      );
      const items = rows.flatMap((r) => {
        const rendered = ctx.services.notifications.render(r.template, r.data, language);
        if (!rendered) return [];
        return [
          {
            id: r.id,
            subject: rendered.subject,
            body: rendered.body,
            path: rendered.path ?? null,
            deliveredAt: r.deliverAt.toISOString(),
            readAt: r.readAt?.toISOString() ?? null,
          },
        ];
      });
      return { items, unread: await unreadOf(ctx.tx, actor.personId, templatesOf(ctx)) };
    }),

  /** How many of the person's notifications are unread (the header's badge); tells nothing else. */
  unread: procedure.meta({ permission: AUTHENTICATED }).query(async ({ ctx }) => ({
    unread: await unreadOf(ctx.tx, ctx.actor!.personId, templatesOf(ctx)),
  })),

  /** Marks the given items (or all) read; returns how many changed. */
  markRead: procedure
    .meta({ permission: AUTHENTICATED })
    .input(input(MarkReadInput))
    .mutation(async ({ ctx, input: { ids } }) => {
      const result = await ctx.tx.execute(
        sql`select polku.mark_notifications_read(${ids ? `{${ids.join(",")}}` : null}::uuid[]) as marked`,
      );
      const [row] = rowsOf<{ marked: number }>(result);
      return {
        marked: row?.marked ?? 0,
        unread: await unreadOf(ctx.tx, ctx.actor!.personId, templatesOf(ctx)),
      };
    }),
});

const templatesOf = (ctx: { services: Pick<Services, "notifications"> }) => [
  ...ctx.services.notifications.templates.keys(),
];

async function unreadOf(tx: Database, personId: string, templates: readonly string[]) {
  const [row] = await tx
    .select({ n: count() })
    .from(notification)
    .where(and(mine(personId, templates), isNull(notification.readAt)));
  return row?.n ?? 0;
}
