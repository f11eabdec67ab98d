import { schema } from "@polku/db";
import { isMinor, localDateIn, studyRightStates } from "@polku/domain";
import { and, asc, eq, ilike, or, type SQL } from "drizzle-orm";
import { Schema } from "effect";
import { coreEvents, emitCore } from "../core-events.ts";
import { notFound } from "../errors.ts";
import { procedure, router } from "../init.ts";
import { Id, PageLimit, PageOffset, SingleLineText, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";

const { student, guardian, organisation, supportTeamMember, person } = schema;
const partnerRoles: ReadonlySet<string> = new Set(["workshop_coach", "company_contact", "partner_contact"]);

/** The most students one page holds: a class list at once (the portal's pickers ask for this many). */
export const MAX_STUDENT_PAGE = 500;

const ListInput = Schema.Struct({
  search: Schema.optional(SingleLineText(100)),
  phase: Schema.optional(SingleLineText(40)),
  limit: Schema.optional(PageLimit(MAX_STUDENT_PAGE)),
  offset: Schema.optional(PageOffset),
});

const StudyRightInput = Schema.Struct({ studentId: Id, state: Schema.Literals(studyRightStates) });

/** A student's guardians and support team are a handful: a hard cap, so no row count is unbounded. */
const MAX_PEOPLE_PER_STUDENT = 100;

const listColumns = {
  id: student.id,
  providerId: student.providerId,
  firstName: student.firstName,
  lastName: student.lastName,
  birthDate: student.birthDate,
  studyRightState: student.studyRightState,
  qualificationName: student.qualificationName,
  phase: student.phase,
  expectedGraduation: student.expectedGraduation,
};

export const studentsRouter = router({
  /**
   * The students this actor may see (row-level security decides), one page at a time: `limit`
   * (default 100, at most 500) and `offset`.
   */
  list: procedure
    .meta({ permission: "student.list" })
    .input(input(ListInput))
    .query(async ({ ctx, input: { search, phase, limit = 100, offset = 0 } }) => {
      const filters: SQL[] = [];
      if (search?.trim()) {
        const pattern = `%${search.trim().replace(/[\\%_]/g, "\\$&")}%`;
        filters.push(or(ilike(student.firstName, pattern), ilike(student.lastName, pattern)) as SQL);
      }
      if (phase) filters.push(eq(student.phase, phase));
      const rows = await ctx.tx
        .select(listColumns)
        .from(student)
        .where(and(...filters))
        .orderBy(asc(student.lastName), asc(student.firstName), asc(student.id))
        .limit(limit)
        .offset(offset);
      await ctx.audit(
        rows.map((r) => ({ providerId: r.providerId, studentId: r.id, action: "read" as const })),
      );
      const today = localDateIn(new Date());
      return rows.map((r) => ({ ...r, minor: isMinor(r.birthDate, today) }));
    }),

  /** One student with guardians and support team, as far as this actor may see them. */
  get: procedure
    .meta({ permission: "student.read" })
    .input(input(StudentRef))
    .query(async ({ ctx, input: { studentId } }) => {
      const [row] = await ctx.tx
        .select({
          ...listColumns,
          learnerOid: student.learnerOid,
          email: student.email,
          phone: student.phone,
          qualificationCode: student.qualificationCode,
          institutionName: organisation.name,
        })
        .from(student)
        .leftJoin(organisation, eq(organisation.id, student.institutionId))
        .where(eq(student.id, studentId));
      if (!row) throw notFound("The student");
      const key = and(eq(guardian.providerId, row.providerId), eq(guardian.studentId, row.id));
      const guardians = await ctx.tx
        .select({
          id: guardian.id,
          firstName: guardian.firstName,
          lastName: guardian.lastName,
          email: guardian.email,
          phone: guardian.phone,
        })
        .from(guardian)
        .where(key)
        .limit(MAX_PEOPLE_PER_STUDENT);
      const team = await ctx.tx
        .select({
          id: supportTeamMember.id,
          role: supportTeamMember.role,
          firstName: person.firstName,
          lastName: person.lastName,
          email: person.email,
          phone: person.phone,
          organisationName: organisation.name,
        })
        .from(supportTeamMember)
        .innerJoin(person, eq(person.id, supportTeamMember.personId))
        .leftJoin(organisation, eq(organisation.id, supportTeamMember.organisationId))
        .where(and(eq(supportTeamMember.providerId, row.providerId), eq(supportTeamMember.studentId, row.id)))
        .limit(MAX_PEOPLE_PER_STUDENT);
      await ctx.audit([{ providerId: row.providerId, studentId: row.id, action: "read" }]);
      // A partner works with the person, not with national registers: no learner identifier for it.
      const learnerOid = partnerRoles.has(ctx.actor!.role) ? null : row.learnerOid;
      return { ...row, learnerOid, minor: isMinor(row.birthDate, localDateIn(new Date())), guardians, team };
    }),

  /**
   * Records a change in the state of the student's study right (as KOSKI has it: e.g. graduated,
   * resigned, on leave). Setting the state it already has changes nothing and tells no one.
   */
  changeStudyRight: procedure
    .meta({ permission: "studyRight.write" })
    .input(input(StudyRightInput))
    .mutation(async ({ ctx, input: { studentId, state } }) => {
      const [row] = await ctx.tx
        .select({ providerId: student.providerId, state: student.studyRightState })
        .from(student)
        .where(eq(student.id, studentId));
      if (!row) throw notFound("The student");
      if (row.state === state) {
        // Nothing to change, but the answer tells the caller the state: a read.
        await ctx.audit([{ providerId: row.providerId, studentId, action: "read" }]);
        return { changed: false };
      }
      const key = and(eq(student.providerId, row.providerId), eq(student.id, studentId));
      await ctx.tx.update(student).set({ studyRightState: state }).where(key);
      await ctx.audit([{ providerId: row.providerId, studentId, action: "update" }]);
      await emitCore(ctx, coreEvents.studyRightChanged, {
        providerId: row.providerId,
        studentId,
        from: row.state as (typeof studyRightStates)[number],
        to: state,
      });
      return { changed: true };
    }),
});
