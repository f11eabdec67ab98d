import { type Database, schema } from "@polku/db";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { Schema } from "effect";
import type { AuditEntry } from "../audit.ts";
import { notFound } from "../errors.ts";
import { procedure } from "../init.ts";
import { Id, LocalDateInput, SingleLineText } from "../schemas.ts";
import { input } from "../validation.ts";
import { badInput, staffActor } from "./attendance-writes.ts";

const { teachingGroup, groupMember, student } = schema;

/** The most students one group holds: a class, not a whole provider. */
export const MAX_GROUP_SIZE = 500;

/** A provider's teaching groups are naturally bounded (its classes): a hard cap in SQL. */
export const MAX_GROUPS = 2000;

const StudentIds = Schema.Array(Id).check(
  Schema.isMaxLength(MAX_GROUP_SIZE, { message: `A group holds at most ${MAX_GROUP_SIZE} students.` }),
);

const CreateGroupInput = Schema.Struct({
  name: SingleLineText(120).check(Schema.isMinLength(1, { message: "Give the group a name." })),
  qualificationCode: Schema.optional(
    Schema.String.check(Schema.isPattern(/^\d{6}$/, { message: "A qualification code has six digits." })),
  ),
  startsOn: Schema.optional(LocalDateInput),
  studentIds: Schema.optional(StudentIds),
});

const SetMembersInput = Schema.Struct({ groupId: Id, studentIds: StudentIds });

/** The provider's group, or NOT_FOUND (row-level security hides other providers' groups). */
export async function findGroup(tx: Database, groupId: string) {
  const [group] = await tx
    .select({ providerId: teachingGroup.providerId, id: teachingGroup.id, name: teachingGroup.name })
    .from(teachingGroup)
    .where(eq(teachingGroup.id, groupId));
  if (!group) throw notFound("The group");
  return group;
}

/** Refuses ids that are not the provider's students, naming each by its place in the list. */
async function checkStudents(tx: Database, providerId: string, studentIds: readonly string[]) {
  const unique = [...new Set(studentIds)];
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  studentIds.forEach((id, i) => {
    if (studentIds.indexOf(id) !== i) {
      issues.push({ path: ["studentIds", i], message: "The student is in the list twice." });
    }
  });
  if (unique.length > 0) {
    const found = await tx
      .select({ id: student.id })
      .from(student)
      .where(and(eq(student.providerId, providerId), inArray(student.id, unique)));
    const known = new Set(found.map((s) => s.id));
    studentIds.forEach((id, i) => {
      if (!known.has(id)) {
        issues.push({ path: ["studentIds", i], message: "No student of your provider has this id." });
      }
    });
  }
  if (issues.length > 0) throw badInput(issues);
  return unique;
}

/** Group procedures of the attendance router: list (group.read), create and set members (group.manage). */
export const groupProcedures = {
  /** The provider's teaching groups with their sizes. Group names are not personal data: no audit. */
  groups: procedure.meta({ permission: "group.read" }).query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({
        id: teachingGroup.id,
        name: teachingGroup.name,
        qualificationCode: teachingGroup.qualificationCode,
        startsOn: teachingGroup.startsOn,
        members: count(groupMember.studentId),
      })
      .from(teachingGroup)
      .leftJoin(
        groupMember,
        and(eq(groupMember.providerId, teachingGroup.providerId), eq(groupMember.groupId, teachingGroup.id)),
      )
      .groupBy(teachingGroup.providerId, teachingGroup.id)
      .orderBy(asc(teachingGroup.name), asc(teachingGroup.id))
      .limit(MAX_GROUPS);
    return rows;
  }),

  createGroup: procedure
    .meta({ permission: "group.manage" })
    .input(input(CreateGroupInput))
    .mutation(async ({ ctx, input: group }) => {
      const actor = staffActor(ctx.actor);
      const members = await checkStudents(ctx.tx, actor.providerId, group.studentIds ?? []);
      const [created] = await ctx.tx
        .insert(teachingGroup)
        .values({
          providerId: actor.providerId,
          name: group.name.trim(),
          qualificationCode: group.qualificationCode ?? null,
          startsOn: group.startsOn ?? null,
        })
        .returning({ id: teachingGroup.id });
      if (members.length > 0) {
        await ctx.tx
          .insert(groupMember)
          .values(
            members.map((studentId) => ({ providerId: actor.providerId, groupId: created!.id, studentId })),
          );
      }
      await ctx.audit(
        members.map((studentId) => ({ providerId: actor.providerId, studentId, action: "update" as const })),
      );
      return { id: created!.id };
    }),

  /** Makes the group's members exactly these students; audits each student added or removed. */
  setMembers: procedure
    .meta({ permission: "group.manage" })
    .input(input(SetMembersInput))
    .mutation(async ({ ctx, input: { groupId, studentIds } }) => {
      const actor = staffActor(ctx.actor);
      const group = await findGroup(ctx.tx, groupId);
      const wanted = new Set(await checkStudents(ctx.tx, actor.providerId, studentIds));
      const key = and(eq(groupMember.providerId, group.providerId), eq(groupMember.groupId, group.id));
      const current = new Set(
        (await ctx.tx.select({ studentId: groupMember.studentId }).from(groupMember).where(key)).map(
          (m) => m.studentId,
        ),
      );
      const added = [...wanted].filter((id) => !current.has(id));
      const removed = [...current].filter((id) => !wanted.has(id));
      if (removed.length > 0) {
        await ctx.tx.delete(groupMember).where(and(key, inArray(groupMember.studentId, removed)));
      }
      if (added.length > 0) {
        // Another call adding the same student at the same moment has done this one's work.
        await ctx.tx
          .insert(groupMember)
          .values(added.map((studentId) => ({ providerId: group.providerId, groupId: group.id, studentId })))
          .onConflictDoNothing();
      }
      const audit: AuditEntry[] = [...added, ...removed].map((studentId) => ({
        providerId: group.providerId,
        studentId,
        action: "update",
      }));
      await ctx.audit(audit);
      return { added: added.length, removed: removed.length };
    }),
};
