import { schema, studentCard } from "@polku/db";
import { isMinor, localDateIn, studyRightStates } from "@polku/domain";
import { and, asc, type Column, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
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

/** Where a student's name is read: the row, or (for a partner) the student's card. */
type NameColumns = { first: Column | SQL; last: Column | SQL };
const rowNames: NameColumns = { first: student.firstName, last: student.lastName };
const cardNames: NameColumns = { first: studentCard.firstName, last: studentCard.lastName };

/** The filters of a list or count as SQL; row-level security still decides who is seen at all. */
function studentFilters(
  actor: { personId: string },
  names: NameColumns,
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
        ilike(names.first, start),
        ilike(names.last, start),
        ilike(names.first, `% ${start}`),
        ilike(names.last, `% ${start}`),
        ilike(names.first, `%-${start}`),
        ilike(names.last, `%-${start}`),
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

const orderOf = (sort: (typeof studentSorts)[number], descending: boolean, names: NameColumns) => {
  const dir = descending ? desc : asc;
  const byName = [dir(names.last), dir(names.first)];
  switch (sort) {
    case "expectedGraduation":
      return [sql`${student.expectedGraduation} ${descending ? sql`desc` : sql`asc`} nulls last`, ...byName];
    case "phase":
      return [sql`${student.phase} ${descending ? sql`desc` : sql`asc`} nulls last`, ...byName];
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

/**
 * A partner's students: the cards of those its organisation holds a grant in force on, of any scope,
 * with what the row adds where the row opens to it (a workshop's `handover` grant). For any other grant
 * (mentoring, a work trial, a badge to assess, a training's partner) the row stays closed: the name only.
 */
const grantedCards = sql`polku.granted_student_cards() as student_card`;
const rowOfCard = and(
  sql`${student.providerId} = ${studentCard.providerId}`,
  sql`${student.id} = ${studentCard.id}`,
);
const partnerListColumns = {
  ...listColumns,
  id: studentCard.id,
  providerId: studentCard.providerId,
  firstName: studentCard.firstName,
  lastName: studentCard.lastName,
};

/** What a student's page holds beyond the name, for a partner the row does not open to: nothing. */
const closedRow = {
  birthDate: null,
  studyRightState: null,
  qualificationName: null,
  phase: null,
  expectedGraduation: null,
  learnerOid: null,
  email: null,
  phone: null,
  qualificationCode: null,
  employedBeforeTraining: null,
  institutionName: null,
  minor: false,
} as const;

/**
 * A minor, as far as this actor knows: a partner the row does not open to knows no birth date, and its
 * pages show no age (the birth date is null); `false` then says nothing of the student.
 */
const minorOf = (birthDate: string | null, today: string) => birthDate !== null && isMinor(birthDate, today);

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
        const partner = partnerRoles.has(ctx.actor!.role);
        const names = partner ? cardNames : rowNames;
        const where = and(...studentFilters(ctx.actor!, names, filters));
        const order = orderOf(sort, descending, names);
        const rows = partner
          ? await ctx.tx
              .select(partnerListColumns)
              .from(grantedCards)
              .leftJoin(student, rowOfCard)
              .where(where)
              .orderBy(...order, asc(studentCard.id))
              .limit(limit)
              .offset(offset)
          : await ctx.tx
              .select(listColumns)
              .from(student)
              .where(where)
              .orderBy(...order, asc(student.id))
              .limit(limit)
              .offset(offset);
        await ctx.audit(
          rows.map((r) => ({ providerId: r.providerId, studentId: r.id, action: "read" as const })),
        );
        const today = localDateIn(new Date());
        return rows.map((r) => ({ ...r, minor: minorOf(r.birthDate, today) }));
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
      const partner = partnerRoles.has(ctx.actor!.role);
      const where = and(...studentFilters(ctx.actor!, partner ? cardNames : rowNames, filters));
      const [row] = partner
        ? await ctx.tx.select({ n: count() }).from(grantedCards).leftJoin(student, rowOfCard).where(where)
        : await ctx.tx.select({ n: count() }).from(student).where(where);
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
      if (!row) {
        // The row stays closed to a partner whose grant is of another scope than `handover`; its card
        // says who the student is, and that is all this answer holds.
        const [card] = await ctx.tx
          .select({
            id: studentCard.id,
            providerId: studentCard.providerId,
            firstName: studentCard.firstName,
            lastName: studentCard.lastName,
          })
          .from(studentCard.of(studentId));
        if (!card) throw notFound("The student");
        await ctx.audit([{ providerId: card.providerId, studentId: card.id, action: "read" }]);
        return { ...card, ...closedRow, guardians: [], team: [] };
      }
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
        minor: minorOf(row.birthDate, localDateIn(new Date())),
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
