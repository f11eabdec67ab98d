import { and, desc, eq } from "@polku/plugin-sdk/drizzle";
import {
  findStudent,
  Id,
  input,
  MAX_PAGE_SIZE,
  MultiLineText,
  PageLimit,
  procedure,
  router,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { entry } from "./db/schema.ts";
import { entryAdded } from "./events.ts";

/** Free text comes through the SDK's text schemas: no control characters, a maximum length. */
const AddInput = Schema.Struct({
  studentId: Id,
  text: MultiLineText(4000).check(Schema.isMinLength(1, { message: "Write the entry." })),
});

/** Every list is bounded: a page of the newest entries (`limit`, default and at most MAX_PAGE_SIZE). */
const ListInput = Schema.Struct({ studentId: Id, limit: Schema.optional(PageLimit()) });

export const pluginRouter = router({
  /** A student's entries, newest first, a page at a time. */
  list: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.read" })
    .input(input(ListInput))
    .query(async ({ ctx, input: { studentId, limit = MAX_PAGE_SIZE } }) => {
      const student = await findStudent(ctx.tx, studentId);
      const rows = await ctx.tx
        .select({ id: entry.id, text: entry.text, createdAt: entry.createdAt })
        .from(entry)
        .where(and(eq(entry.providerId, student.providerId), eq(entry.studentId, student.id)))
        .orderBy(desc(entry.createdAt), desc(entry.id))
        .limit(limit);
      await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "read" }]);
      return rows;
    }),

  add: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.write" })
    .input(input(AddInput))
    .mutation(async ({ ctx, input: { studentId, text } }) => {
      const student = await findStudent(ctx.tx, studentId);
      const [created] = await ctx.tx
        .insert(entry)
        .values({
          providerId: student.providerId,
          studentId: student.id,
          text,
          createdBy: ctx.actor!.personId,
        })
        .returning({ id: entry.id });
      await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "create" }]);
      // Subscribers (this plugin's own, and any other's) run now, in this transaction.
      await ctx.emit(entryAdded, {
        providerId: student.providerId,
        studentId: student.id,
        entryId: created!.id,
      });
      return { id: created!.id };
    }),
});

export type PluginRouter = typeof pluginRouter;
