/**
 * Demo data of the metrics part, for the demo's largest provider (the one of the demo student and the
 * manager): the figures of the two cohorts before the programme, a closed start-of-studies survey of
 * the students and a closed survey of the support team with answers enough to show, and an open
 * student survey for the demo student to answer. Idempotent: every row has a fixed key and is only
 * inserted when missing, so a restart adds nothing and a manager's corrections are kept.
 */
import { addDays, localDateIn } from "@polku/domain";
import { core, type Database } from "@polku/plugin-sdk/db";
import { count, desc } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { cohortBaseline, survey, surveyAnswer } from "../db/schema.ts";
import type { Question } from "./survey-input.ts";

interface DemoSurvey {
  readonly id: string;
  readonly title: string;
  readonly audience: "student" | "team";
  /** Days from the first seeding: the survey's period. */
  readonly opens: number;
  readonly closes: number;
  readonly questions: readonly Question[];
  readonly answers: ReadonlyArray<Record<string, number | string>>;
}

const surveys: readonly DemoSurvey[] = [
  {
    id: "5eed0001-0000-4000-a000-000000000001",
    title: "Aloituskysely: ensimmäiset viikot",
    audience: "student",
    opens: -80,
    closes: -60,
    questions: [
      { id: "q1", text: "Viihdyn omassa opiskeluryhmässäni.", kind: "scale" },
      { id: "q2", text: "Tiedän, keneltä saan apua opintoihini.", kind: "scale" },
      { id: "q3", text: "Omaohjaaja on tukenut opintojeni alkua.", kind: "scale" },
      { id: "q4", text: "Mitä toivot valmennukselta?", kind: "text" },
    ],
    answers: [
      { q1: 4, q2: 5, q3: 4, q4: "Enemmän yhteistä tekemistä ryhmän kanssa." },
      { q1: 5, q2: 4, q3: 5 },
      { q1: 3, q2: 3, q3: 4, q4: "Apua matematiikkaan." },
      { q1: 4, q2: 4, q3: 5, q4: "Että opettajat ehtisivät jutella." },
      { q1: 2, q2: 3, q3: 3 },
      { q1: 5, q2: 5, q3: 4, q4: "Liikuntaa ja retkiä." },
      { q1: 4, q2: 2, q3: 4 },
      { q1: 3, q2: 4, q3: 5, q4: "Selkeämmät aikataulut." },
    ],
  },
  {
    id: "5eed0001-0000-4000-a000-000000000002",
    title: "Tukijoukkueen palaute syyslukukaudelta",
    audience: "team",
    opens: -40,
    closes: -20,
    questions: [
      { id: "q1", text: "Tieto kulkee tukijoukkueessa ajallaan.", kind: "scale" },
      { id: "q2", text: "Huoltajat ovat mukana tukemassa opiskelijoita.", kind: "scale" },
      { id: "q3", text: "Minulla on riittävästi aikaa valmennukseen.", kind: "scale" },
      { id: "q4", text: "Mitä kehittäisit yhteistyössä?", kind: "text" },
    ],
    answers: [
      { q1: 4, q2: 3, q3: 2, q4: "Yhteinen viikkopalaveri kuraattorin kanssa." },
      { q1: 3, q2: 4, q3: 3 },
      { q1: 5, q2: 3, q3: 2, q4: "Poissaoloilmoitukset huoltajille toimivat hyvin." },
      { q1: 4, q2: 2, q3: 3 },
      { q1: 4, q2: 4, q3: 2, q4: "Lisää aikaa yksilövalmennukseen." },
      { q1: 3, q2: 3, q3: 4 },
    ],
  },
  {
    id: "5eed0001-0000-4000-a000-000000000003",
    title: "Palautetta ryhmävalmennuksesta",
    audience: "student",
    opens: -3,
    closes: 25,
    questions: [
      { id: "q1", text: "Ryhmävalmennus on auttanut minua opinnoissani.", kind: "scale" },
      { id: "q2", text: "Koen kuuluvani ryhmään.", kind: "scale" },
      { id: "q3", text: "Mitä haluaisit tehdä ryhmävalmennuksessa?", kind: "text" },
    ],
    answers: [],
  },
];

/** Roughly the pre-pilot picture the model set out to improve: about 70–75 % still studying. */
const baselineRows = [
  { cohortYear: 2022, students: 38, stillStudying: 27, changedField: 4 },
  { cohortYear: 2023, students: 41, stillStudying: 30, changedField: 3 },
];

async function largestProvider(db: Database): Promise<string | undefined> {
  const [provider] = await db
    .select({ id: core.student.providerId })
    .from(core.student)
    .groupBy(core.student.providerId)
    .orderBy(desc(count()))
    .limit(1);
  return provider?.id;
}

export async function seedMetrics({ db }: PluginSeedContext): Promise<void> {
  const providerId = await largestProvider(db);
  if (!providerId) return;
  const today = localDateIn(new Date());
  await db
    .insert(cohortBaseline)
    .values(
      baselineRows.map((b) => ({
        providerId,
        ...b,
        source: `Opiskelijahallintojärjestelmä, tilanne 31.7.${b.cohortYear + 1}`,
      })),
    )
    .onConflictDoNothing();
  for (const s of surveys) {
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(survey)
        .values({
          providerId,
          id: s.id,
          title: s.title,
          audience: s.audience,
          opensOn: addDays(today, s.opens),
          closesOn: addDays(today, s.closes),
          questions: s.questions,
        })
        .onConflictDoNothing()
        .returning({ id: survey.id });
      // Answers only with a survey just made: they stand for people beyond the demo's users, and
      // respondent rows (which only bar a second answer) are not needed for surveys already closed.
      if (inserted.length === 0 || s.answers.length === 0) return;
      await tx
        .insert(surveyAnswer)
        .values(s.answers.map((answers) => ({ providerId, surveyId: s.id, answers })));
    });
  }
}
