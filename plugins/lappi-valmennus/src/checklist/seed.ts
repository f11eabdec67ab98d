import { addDays, localDateIn } from "@polku/domain";
import { core } from "@polku/plugin-sdk/db";
import { and, asc, count, eq, ne, notInArray, sql } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { participant, screening, startTask } from "../db/schema.ts";
import { checklistItems, type ManualTask, type ScreeningKind, type ScreeningResult } from "./tasks.ts";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** How long ago this autumn's cohort began: long enough for done and late items, short enough for open ones. */
const CURRENT_COHORT_DAYS_AGO = 40;
const EARLIER_COHORT_SIZE = 24;

/** The same demo on every machine (mulberry32), as the core's demo. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const situations = [
  "Tulee suoraan peruskoulusta. Asuu kotona, matka oppilaitokselle bussilla noin 40 minuuttia.",
  "Aloitti aiemmin lukiossa ja vaihtoi alaa. Motivoitunut, haluaa työelämään nopeasti.",
  "Muuttanut opintojen vuoksi Rovaniemelle, asuu ensimmäistä kertaa yksin.",
  "Harrastaa jääkiekkoa, treenit neljänä iltana viikossa; toivoo joustoa aikatauluihin.",
];
const supportNeeds = [
  "Tukea lukemiseen ja kirjoittamiseen; pidennetty aika kokeissa.",
  "Tukea matematiikkaan; ohjausta tehtävien aikatauluttamiseen.",
  "Ei erityistä tuen tarvetta; seurataan ensimmäisen jakson ajan.",
  "Tukea opiskelutaitoihin ja ryhmässä toimimiseen.",
];
const results: readonly ScreeningResult[] = ["no_need", "no_need", "some_support", "support_needed"];

/** The Helsinki day of today minus `days`, never before the start: what was done is dated in between. */
const doneBetween = (
  rand: ReturnType<typeof seeded>,
  startedOn: string,
  from: number,
  to: number,
  today: string,
) => {
  const day = addDays(startedOn, rand.int(from, to));
  return day > today ? today : day;
};

/**
 * Demo data of the checklist; runs on every start, and adds nothing once the demo provider has
 * participants. The demo provider (the tutor omaohjaaja's) gets:
 * - this autumn's cohort: the students of its first-year teaching groups (the demo student and the
 *   demo guardian's ward among them), started 40 days ago, with a mix of done, late and open items;
 * - the two cohorts before it, other students, with the first-year outcome set (most continuing, some
 *   changed field or dropped out, a few graduated), for the metrics dashboard's comparisons.
 */
export async function seedChecklist({ db }: PluginSeedContext): Promise<void> {
  const [tutor] = await db
    .select({ providerId: core.membership.organisationId, personId: core.person.id })
    .from(core.person)
    .innerJoin(core.membership, eq(core.membership.personId, core.person.id))
    .where(and(eq(core.person.username, "omaohjaaja"), eq(core.membership.role, "tutor")))
    .limit(1);
  if (!tutor) return;
  const providerId = tutor.providerId;
  const [already] = await db
    .select({ n: count() })
    .from(participant)
    .where(eq(participant.providerId, providerId));
  if ((already?.n ?? 0) > 0) return;

  const today = localDateIn(new Date());
  const startedOn = addDays(today, -CURRENT_COHORT_DAYS_AGO);
  // The cohort is the autumn the studies began: a start in the spring belongs to the previous autumn.
  const cohortYear = Number(startedOn.slice(0, 4)) - (Number(startedOn.slice(5, 7)) < 7 ? 1 : 0);

  const members = await db
    .select({ studentId: core.groupMember.studentId, groupId: core.groupMember.groupId })
    .from(core.groupMember)
    .innerJoin(
      core.teachingGroup,
      and(
        eq(core.teachingGroup.providerId, core.groupMember.providerId),
        eq(core.teachingGroup.id, core.groupMember.groupId),
      ),
    )
    .where(eq(core.groupMember.providerId, providerId))
    .orderBy(asc(core.teachingGroup.name), asc(core.groupMember.studentId));
  // A student in two groups is enrolled once, with the first.
  const groupOf = new Map<string, string>();
  for (const m of members) if (!groupOf.has(m.studentId)) groupOf.set(m.studentId, m.groupId);

  const [demoStudent] = await db
    .select({ id: core.student.id })
    .from(core.student)
    .innerJoin(core.person, eq(core.person.id, core.student.personId))
    .where(and(eq(core.student.providerId, providerId), eq(core.person.username, "opiskelija")));

  const rand = seeded(2026_08);
  const participants: Insert<typeof participant>[] = [];
  const tasks: Insert<typeof startTask>[] = [];
  const screenings: Insert<typeof screening>[] = [];
  const task = (studentId: string, name: ManualTask, doneOn: string, note: string | null = null) =>
    tasks.push({ providerId, studentId, task: name, doneOn, doneBy: tutor.personId, note });
  const screen = (studentId: string, kind: ScreeningKind, takenOn: string, reviewedOn: string | null) =>
    screenings.push({
      providerId,
      studentId,
      kind,
      takenOn,
      result: rand.pick(results),
      score: rand.int(250, 950),
      reviewedOn,
      recordedBy: tutor.personId,
    });

  for (const [studentId, groupId] of groupOf) {
    participants.push({ providerId, studentId, cohortYear, startedOn, groupId, createdBy: tutor.personId });
    if (studentId === demoStudent?.id) {
      // The demo student: the first weeks done, the initial interview still to do (and late), the
      // reading screening taken, so the tutor has something to record and the student sees both kinds.
      task(studentId, "initial_situation", addDays(startedOn, 4), situations[0]!);
      task(studentId, "support_needs", addDays(startedOn, 6), supportNeeds[1]!);
      screen(studentId, "reading", addDays(startedOn, 12), null);
      continue;
    }
    if (rand.chance(0.85)) {
      task(studentId, "initial_situation", doneBetween(rand, startedOn, 2, 16, today), rand.pick(situations));
    }
    if (rand.chance(0.7)) {
      task(studentId, "support_needs", doneBetween(rand, startedOn, 3, 18, today), rand.pick(supportNeeds));
    }
    if (rand.chance(0.6)) task(studentId, "initial_interview", doneBetween(rand, startedOn, 10, 25, today));
    const reading = rand.chance(0.75) ? doneBetween(rand, startedOn, 8, 28, today) : null;
    const maths = rand.chance(0.65) ? doneBetween(rand, startedOn, 8, 28, today) : null;
    // Gone through in the initial interview or soon after, only when both results are in.
    const reviewed =
      reading && maths && rand.chance(0.5) ? doneBetween(rand, startedOn, 29, 38, today) : null;
    if (reading) screen(studentId, "reading", reading, reviewed);
    if (maths) screen(studentId, "maths", maths, reviewed);
    if (rand.chance(0.5)) task(studentId, "services_introduced", doneBetween(rand, startedOn, 15, 35, today));
  }

  // Earlier cohorts: adult students past their first weeks, outside this autumn's groups, oldest cohort first.
  const current = [...groupOf.keys()];
  const others = await db
    .select({ id: core.student.id })
    .from(core.student)
    .where(
      and(
        eq(core.student.providerId, providerId),
        ne(core.student.phase, "onboarding"),
        sql`${core.student.birthDate} <= current_date - interval '18 years'`,
        current.length > 0 ? notInArray(core.student.id, current) : undefined,
      ),
    )
    .orderBy(asc(core.student.lastName), asc(core.student.firstName), asc(core.student.id))
    .limit(2 * EARLIER_COHORT_SIZE);
  const outcomes = [
    ...Array<string>(16).fill("continuing"),
    ...Array<string>(3).fill("changed_field"),
    ...Array<string>(4).fill("dropped_out"),
    "graduated",
  ];
  others.forEach((s, i) => {
    const year = cohortYear - 2 + Math.floor(i / EARLIER_COHORT_SIZE);
    const began = `${year}-08-12`;
    participants.push({
      providerId,
      studentId: s.id,
      cohortYear: year,
      startedOn: began,
      firstYearOutcome: outcomes[i % outcomes.length]!,
      outcomeRecordedOn: `${year + 1}-06-15`,
      createdBy: tutor.personId,
    });
    // Most of the start was done then; a few items were never recorded.
    for (const item of checklistItems) {
      if (item.source !== "task" || !rand.chance(0.92)) continue;
      task(s.id, item.id as ManualTask, addDays(began, rand.int(2, item.dueDays)));
    }
    const takenOn = addDays(began, rand.int(10, 28));
    const reviewedOn = rand.chance(0.85) ? addDays(began, rand.int(29, 44)) : null;
    screen(s.id, "reading", takenOn, reviewedOn);
    screen(s.id, "maths", takenOn, reviewedOn);
  });

  if (participants.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(participant).values(participants);
    if (tasks.length > 0) await tx.insert(startTask).values(tasks);
    if (screenings.length > 0) await tx.insert(screening).values(screenings);
  });
}
