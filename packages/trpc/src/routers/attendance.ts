import { schema } from "@polku/db";
import {
  AttendanceStatus,
  countUnexplainedAbsences,
  isMinor,
  LocalDate,
  MAX_LESSON_LENGTH,
  MAX_MINUTES_LATE,
  minutesLateProblem,
  schoolDayOf,
} from "@polku/domain";
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { Schema } from "effect";
import { procedure, router } from "../init.ts";
import { Id, SingleLineText } from "../schemas.ts";
import { input } from "../validation.ts";
import { findGroup, groupProcedures, MAX_GROUP_SIZE } from "./attendance-groups.ts";
import { importProcedures } from "./attendance-import.ts";
import {
  badInput,
  checkDay,
  emitMarksSaved,
  type MarkWrite,
  staffActor,
  upsertMarks,
} from "./attendance-writes.ts";
import { findStudent } from "./student-lookup.ts";

const { attendanceMark, groupMember, student } = schema;

/** The longest range of days one read of a student's marks covers. */
export const MAX_RANGE_DAYS = 366;

const Lesson = SingleLineText(MAX_LESSON_LENGTH, {
  tooLong: `A lesson is at most ${MAX_LESSON_LENGTH} characters, e.g. "3" or "ENG 2".`,
});

/**
 * One student's marks over at most MAX_RANGE_DAYS days are naturally bounded (a day and its lessons):
 * a hard cap in SQL of 24 marks a day on average, far above any timetable.
 */
const MAX_MARKS_PER_READ = MAX_RANGE_DAYS * 24;

const RosterInput = Schema.Struct({ groupId: Id, day: LocalDate, lesson: Schema.optional(Lesson) });

const MarkInput = Schema.Struct({
  groupId: Id,
  day: LocalDate,
  lesson: Schema.optional(Lesson),
  marks: Schema.Array(
    Schema.Struct({
      studentId: Id,
      status: AttendanceStatus,
      minutesLate: Schema.optional(
        Schema.Int.check(
          Schema.isBetween(
            { minimum: 1, maximum: MAX_MINUTES_LATE },
            { message: `Minutes late are a whole number from 1 to ${MAX_MINUTES_LATE}.` },
          ),
        ),
      ),
    }),
  ).check(
    Schema.isMinLength(1, { message: "Mark at least one student." }),
    Schema.isMaxLength(500, { message: "Mark at most 500 students at once: a group at a time." }),
  ),
});

const ForStudentInput = Schema.Struct({ studentId: Id, from: LocalDate, to: LocalDate });

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A domain message ("minutes late must …") as a sentence of its own. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const attendanceRouter = router({
  ...groupProcedures,
  ...importProcedures,

  /** A group's students with their mark for the day (or lesson); audits each student read. */
  roster: procedure
    .meta({ permission: "attendance.read" })
    .input(input(RosterInput))
    .query(async ({ ctx, input: { groupId, day, lesson = "" } }) => {
      const group = await findGroup(ctx.tx, groupId);
      const rows = await ctx.tx
        .select({
          id: student.id,
          firstName: student.firstName,
          lastName: student.lastName,
          birthDate: student.birthDate,
          status: attendanceMark.status,
          minutesLate: attendanceMark.minutesLate,
          recordedAt: attendanceMark.recordedAt,
        })
        .from(groupMember)
        .innerJoin(
          student,
          and(eq(student.providerId, groupMember.providerId), eq(student.id, groupMember.studentId)),
        )
        .leftJoin(
          attendanceMark,
          and(
            eq(attendanceMark.providerId, groupMember.providerId),
            eq(attendanceMark.studentId, groupMember.studentId),
            eq(attendanceMark.day, day),
            eq(attendanceMark.lesson, lesson.trim()),
          ),
        )
        .where(and(eq(groupMember.providerId, group.providerId), eq(groupMember.groupId, group.id)))
        .orderBy(asc(student.lastName), asc(student.firstName), asc(student.id))
        // A group holds at most MAX_GROUP_SIZE students (createGroup and setMembers keep to it).
        .limit(MAX_GROUP_SIZE);
      await ctx.audit(
        rows.map((r) => ({ providerId: group.providerId, studentId: r.id, action: "read" as const })),
      );
      const today = schoolDayOf(new Date());
      return {
        group: { id: group.id, name: group.name },
        day,
        lesson: lesson.trim(),
        students: rows.map((r) => ({
          id: r.id,
          firstName: r.firstName,
          lastName: r.lastName,
          minor: isMinor(r.birthDate, today),
          mark: r.status
            ? { status: r.status as AttendanceStatus, minutesLate: r.minutesLate, recordedAt: r.recordedAt }
            : null,
        })),
      };
    }),

  /**
   * Marks a group for a day or lesson in one call: each mark replaces the student's earlier one for
   * that day and lesson. Only the group's students; audited once per student whose mark changed.
   */
  mark: procedure
    .meta({ permission: "attendance.mark" })
    .input(input(MarkInput))
    .mutation(async ({ ctx, input: { groupId, day, lesson = "", marks } }) => {
      const actor = staffActor(ctx.actor);
      checkDay(day);
      const group = await findGroup(ctx.tx, groupId);
      const members = new Set(
        (
          await ctx.tx
            .select({ studentId: groupMember.studentId })
            .from(groupMember)
            .where(and(eq(groupMember.providerId, group.providerId), eq(groupMember.groupId, group.id)))
        ).map((m) => m.studentId),
      );
      const issues: Array<{ path: Array<string | number>; message: string }> = [];
      const seen = new Set<string>();
      marks.forEach((mark, i) => {
        if (!members.has(mark.studentId)) {
          issues.push({
            path: ["marks", i, "studentId"],
            message: `The student is not in the group ${group.name}.`,
          });
        } else if (seen.has(mark.studentId)) {
          issues.push({
            path: ["marks", i, "studentId"],
            message: "The student is marked twice in this call.",
          });
        }
        seen.add(mark.studentId);
        const minutes = minutesLateProblem(mark.status, mark.minutesLate);
        if (minutes) issues.push({ path: ["marks", i, "minutesLate"], message: sentence(minutes) });
      });
      if (issues.length > 0) throw badInput(issues);
      const writes: MarkWrite[] = marks.map((m) => ({
        studentId: m.studentId,
        day,
        lesson: lesson.trim(),
        status: m.status,
        minutesLate: m.minutesLate ?? null,
        groupId: group.id,
      }));
      const markedBy = { providerId: group.providerId, personId: actor.personId };
      const result = await upsertMarks(ctx.tx, markedBy, writes);
      await ctx.audit(result.audit);
      await emitMarksSaved(ctx, markedBy, result.saved);
      return { created: result.created, updated: result.updated, unchanged: result.unchanged };
    }),

  /**
   * One student's marks over a range of days, newest first, with counts. Staff see their provider's
   * students; a student sees their own and a guardian a minor ward's (row-level security decides).
   */
  forStudent: procedure
    .meta({ permission: "attendance.read" })
    .input(input(ForStudentInput))
    .query(async ({ ctx, input: { studentId, from, to } }) => {
      if (from > to) throw badInput([{ path: ["to"], message: "The range ends before it starts." }]);
      if (daysBetween(from, to) > MAX_RANGE_DAYS) {
        throw badInput([{ path: ["from"], message: `Ask for at most ${MAX_RANGE_DAYS} days at a time.` }]);
      }
      const found = await findStudent(ctx.tx, studentId);
      const marks = await ctx.tx
        .select({
          day: attendanceMark.day,
          lesson: attendanceMark.lesson,
          status: attendanceMark.status,
          minutesLate: attendanceMark.minutesLate,
        })
        .from(attendanceMark)
        .where(
          and(
            eq(attendanceMark.providerId, found.providerId),
            eq(attendanceMark.studentId, found.id),
            gte(attendanceMark.day, from),
            lte(attendanceMark.day, to),
          ),
        )
        .orderBy(sql`${attendanceMark.day} desc`, asc(attendanceMark.lesson))
        .limit(MAX_MARKS_PER_READ);
      await ctx.audit([{ providerId: found.providerId, studentId: found.id, action: "read" }]);
      const typed = marks.map((m) => ({ ...m, status: m.status as AttendanceStatus }));
      const counts = { present: 0, absent: 0, excused: 0, late: 0 };
      for (const m of typed) counts[m.status]++;
      return {
        student: { id: found.id, firstName: found.firstName, lastName: found.lastName },
        from,
        to,
        marks: typed,
        counts: { ...counts, unexplained: countUnexplainedAbsences(typed) },
      };
    }),
});
