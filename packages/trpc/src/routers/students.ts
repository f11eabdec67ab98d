import { schema } from "@polku/db";
import { isMinor, localDateIn, studyRightStates } from "@polku/domain";
import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { Schema } from "effect";
import { coreEvents, emitCore } from "../core-events.ts";
import { notFound } from "../errors.ts";
import { procedure, router } from "../init.ts";
import { Id, PageLimit, PageOffset, SingleLineText, StudentRef } from "../schemas.ts";
import { input } from "../validation.ts";

const { student, guardian, organisation, supportTeamMember, person, groupMember } = schema;
const partnerRoles: ReadonlySet<string> = new Set(["workshop_coach", "company_contact", "partner_contact"]);

/** The most students one page holds: a class list at once (the portal's pickers ask for this many). */
export const MAX_STUDENT_PAGE = 500;

export const studentSorts = ["name", "expectedGraduation", "phase"] as const;

const Filters = {
  /** Words of a name in any order ("Helmi Salminen", "salminen"): each must begin a first or last name's part. */
  search: Schema.optional(SingleLineText(100)),
  phase: Schema.optional(SingleLineText(40)),
  /** Only the students the actor is the tutor (omaohjaaja) of, or on the support team of. */
  mine: Schema.optional(Schema.Boolean),
  /** Only the members of one teaching group. */
  groupId: Schema.optional(Id),
};

const ListInput = Schema.Struct({
  ...Filters,
  sort: Schema.optional(Schema.Literals(studentSorts)),
  descending: Schema.optional(Schema.Boolean),
  limit: Schema.optional(PageLimit(MAX_STUDENT_PAGE)),
  offset: Schema.optional(PageOffset),
});

const CountInput = Schema.Struct(Filters);

const likePattern = (word: string) => `${word.replace(/[\\%_]/g, "\\$&")}%`;

/** The filters of a list or count as SQL; row-level security still decides who is seen at all. */
function studentFilters(
  actor: { personId: string },
  filters: {
    search?: string | undefined;
    phase?: string | undefined;
    mine?: boolean | undefined;
    groupId?: string | undefined;
  },
): SQL[] {
  const where: SQL[] = [];
  // A word matches the start of a name or of any part of it ("Anna-Liisa", "von Wright").
  for (const word of (filters.search ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5)) {
    const start = likePattern(word);
    where.push(
      or(
        ilike(student.firstName, start),
        ilike(student.lastName, start),
        ilike(student.firstName, `% ${start}`),
        ilike(student.lastName, `% ${start}`),
        ilike(student.firstName, `%-${start}`),
        ilike(student.lastName, `%-${start}`),
      ) as SQL,
    );
  }
  if (filters.phase) where.push(eq(student.phase, filters.phase));
  if (filters.mine) {
    where.push(
      or(
        eq(student.tutorPersonId, actor.personId),
        sql`exists (select 1 from ${supportTeamMember} where ${supportTeamMember.providerId} = ${student.providerId}
          and ${supportTeamMember.studentId} = ${student.id} and ${supportTeamMember.personId} = ${actor.personId})`,
      ) as SQL,
    );
  }
  if (filters.groupId) {
    where.push(
      sql`exists (select 1 from ${groupMember} where ${groupMember.providerId} = ${student.providerId}
        and ${groupMember.studentId} = ${student.id} and ${groupMember.groupId} = ${filters.groupId})`,
    );
  }
  return where;
}

const orderOf = (sort: (typeof studentSorts)[number], descending: boolean) => {
  const dir = descending ? desc : asc;
  const byName = [dir(student.lastName), dir(student.firstName)];
  switch (sort) {
    case "expectedGraduation":
      return [sql`${student.expectedGraduation} ${descending ? sql`desc` : sql`asc`} nulls last`, ...byName];
    case "phase":
      return [dir(student.phase), ...byName];
    default:
      return byName;
  }
};

const StudyRightInput = Schema.Struct({ studentId: Id, state: Schema.Literals(studyRightStates) });

/** Employed in the year before the training: yes, no, or null to say it is not known. */
const EmploymentBeforeInput = Schema.Struct({ studentId: Id, employed: Schema.NullOr(Schema.Boolean) });

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
   * The students this actor may see (row-level security decides), filtered (`search` by words of the
   * name, `phase`, `mine`, `groupId`) and sorted (`sort`, `descending`; by name within), one page at a
   * time: `limit` (default 100, at most 500) and `offset`. `count` says how many there are in all.
   */
  list: procedure
    .meta({ permission: "student.list" })
    .input(input(ListInput))
    .query(
      async ({ ctx, input: { sort = "name", descending = false, limit = 100, offset = 0, ...filters } }) => {
        const where = studentFilters(ctx.actor!, filters);
        const rows = await ctx.tx
          .select(listColumns)
          .from(student)
          .where(and(...where))
          .orderBy(...orderOf(sort, descending), asc(student.id))
          .limit(limit)
          .offset(offset);
        await ctx.audit(
          rows.map((r) => ({ providerId: r.providerId, studentId: r.id, action: "read" as const })),
        );
        const today = localDateIn(new Date());
        return rows.map((r) => ({ ...r, minor: isMinor(r.birthDate, today) }));
      },
    ),

  /**
   * How many students the same filters find in all (for "1-25 of 212"). A number, not a record: no
   * student's data is read, so nothing is audited.
   */
  count: procedure
    .meta({ permission: "student.list" })
    .input(input(CountInput))
    .query(async ({ ctx, input: filters }) => {
      const [row] = await ctx.tx
        .select({ n: count() })
        .from(student)
        .where(and(...studentFilters(ctx.actor!, filters)));
      return { total: row?.n ?? 0 };
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
          employedBeforeTraining: student.employedBeforeTraining,
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
      // Nor the work history before the training, which only the provider's funding needs.
      const partner = partnerRoles.has(ctx.actor!.role);
      const learnerOid = partner ? null : row.learnerOid;
      const employedBeforeTraining = partner ? null : row.employedBeforeTraining;
      return {
        ...row,
        learnerOid,
        employedBeforeTraining,
        minor: isMinor(row.birthDate, localDateIn(new Date())),
        guardians,
        team,
      };
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

  /**
   * Records whether the student was employed in the year before the training, as told at the start of
   * the studies. The funding's placement criterion counts only those who were not (DOMAIN.md).
   */
  recordEmploymentBeforeTraining: procedure
    .meta({ permission: "studyRight.write" })
    .input(input(EmploymentBeforeInput))
    .mutation(async ({ ctx, input: { studentId, employed } }) => {
      const [row] = await ctx.tx
        .select({ providerId: student.providerId })
        .from(student)
        .where(eq(student.id, studentId));
      if (!row) throw notFound("The student");
      const key = and(eq(student.providerId, row.providerId), eq(student.id, studentId));
      await ctx.tx.update(student).set({ employedBeforeTraining: employed }).where(key);
      await ctx.audit([{ providerId: row.providerId, studentId, action: "update" }]);
      return { employedBeforeTraining: employed };
    }),
});
