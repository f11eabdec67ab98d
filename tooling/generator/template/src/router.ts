import { and, desc, eq } from "@polku/plugin-sdk/drizzle";
import { findStudent, Id, input, procedure, router, StudentRef } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { entry } from "./db/schema.ts";

const AddInput = Schema.Struct({
  studentId: Id,
  text: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(4000)),
});

export const pluginRouter = router({
  /** A student's entries, newest first. */
  list: procedure
    .meta({ permission: "__ID__.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const student = await findStudent(ctx.tx, studentId);
      const rows = await ctx.tx
        .select({ id: entry.id, text: entry.text, createdAt: entry.createdAt })
        .from(entry)
        .where(and(eq(entry.providerId, student.providerId), eq(entry.studentId, student.id)))
        .orderBy(desc(entry.createdAt));
      await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "read" }]);
      return rows;
    }),

  add: procedure
    .meta({ permission: "__ID__.write" })
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
      return { id: created!.id };
    }),
});

export type PluginRouter = typeof pluginRouter;
