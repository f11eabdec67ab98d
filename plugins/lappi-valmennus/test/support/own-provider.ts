/**
 * A provider of the #Valmennus metrics and survey tests' own, so their figures are known exactly
 * whatever the demo seed holds (the demo provider is then the "other provider" that must see none of it).
 */
import { localDateIn } from "@polku/domain";
import { eq } from "@polku/plugin-sdk/drizzle";
import { schema, type TestApi, TRPCClientError } from "@polku/plugin-sdk/testing";
import { participant } from "../../src/db/schema.ts";

export const id = "lappi-valmennus";
export const today = localDateIn(new Date());
const month = Number(today.slice(5, 7));
/** The academic year (August to July) the test runs in, and the cohorts around it. */
export const Y = month >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
/** The marks are in September and October of the academic year: they must be in the past. */
export const marksInPast = today > `${Y}-10-05`;

export type Api = TestApi;

/** The field paths a failed call names (BAD_REQUEST's issues), or the code when it did not fail so. */
export async function badFields(call: Promise<unknown>): Promise<string[] | string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { code?: string; issues?: Array<{ path: string }> };
    return data.code === "BAD_REQUEST" ? (data.issues ?? []).map((i) => i.path).sort() : (data.code ?? "?");
  }
}

/**
 * A provider of the test's own: a manager, a tutor, 20 students (the first five can log in), two
 * teaching groups, and participants in three cohorts: Y-2 (first year over, outcomes recorded, units
 * in the HOKS), Y-1 (only four students) and Y (this year's, with attendance marks).
 */
export async function makeProvider(db: Api["db"]) {
  const [demo] = await db
    .select({ hash: schema.person.passwordHash })
    .from(schema.person)
    .where(eq(schema.person.username, "esihenkilo"));
  const [provider] = await db
    .insert(schema.organisation)
    .values({ kind: "provider", name: "Tunturin testiopisto", municipality: "Rovaniemi" })
    .returning({ id: schema.organisation.id });
  const providerId = provider!.id;
  const people = ["testi.esihenkilo", "testi.ohjaaja", ...[1, 2, 3, 4, 5].map((n) => `testi.opiskelija${n}`)];
  const persons = await db
    .insert(schema.person)
    .values(
      people.map((username) => ({
        username,
        passwordHash: demo!.hash,
        firstName: "Testi",
        lastName: username,
      })),
    )
    .returning({ id: schema.person.id, username: schema.person.username });
  const personOf = (username: string) => persons.find((p) => p.username === username)!.id;
  await db.insert(schema.membership).values(
    people.map((username) => ({
      personId: personOf(username),
      organisationId: providerId,
      role: username === "testi.esihenkilo" ? "manager" : username === "testi.ohjaaja" ? "tutor" : "student",
    })),
  );
  const students = await db
    .insert(schema.student)
    .values(
      Array.from({ length: 22 }, (_, i) => ({
        providerId,
        personId: i < 5 ? personOf(`testi.opiskelija${i + 1}`) : null,
        firstName: `Opiskelija${i}`,
        lastName: "Testinen",
        birthDate: "2008-05-05",
      })),
    )
    .returning({ id: schema.student.id });
  const s = students.map((row) => row.id);
  const [g1, g2] = await db
    .insert(schema.teachingGroup)
    .values([
      { providerId, name: "Testi 1A" },
      { providerId, name: "Testi 1B" },
    ])
    .returning({ id: schema.teachingGroup.id });
  const enrol = (i: number, cohortYear: number, groupId: string | null, outcome: string | null) => ({
    providerId,
    studentId: s[i]!,
    cohortYear,
    startedOn: `${cohortYear}-08-10`,
    groupId,
    firstYearOutcome: outcome,
  });
  const older = ["continuing", "continuing", "continuing", "graduated", "changed_field", "dropped_out", null];
  await db
    .insert(participant)
    .values([
      ...[0, 1, 2, 3, 4].map((i) => enrol(i, Y, g1!.id, null)),
      ...[5, 6, 18, 19, 20].map((i) => enrol(i, Y, g2!.id, null)),
      ...older.map((outcome, k) => enrol(7 + k, Y - 2, null, outcome)),
      ...[14, 15, 16, 17].map((i) => enrol(i, Y - 1, null, "continuing")),
    ]);

  // Units of the Y-2 cohort's HOKS (C completed, D demonstrated, I in progress, N not started):
  // completed per student 3, 2, 2, 1, 1, 0 (median 1.5); s13 has no units yet.
  const plans = ["CCC", "CCD", "CCI", "CIN", "CNN", "INN"];
  const status = { C: "completed", D: "demonstrated", I: "in_progress", N: "not_started" } as const;
  await db.insert(schema.unitProgress).values([
    ...plans.flatMap((plan, k) =>
      [...plan].map((letter, u) => ({
        providerId,
        studentId: s[7 + k]!,
        unitCode: `tutkinnonosat_10691${u}`,
        status: status[letter as keyof typeof status],
        changedOn: `${Y - 1}-03-01`,
      })),
    ),
    ...[14, 15, 16, 17].map((i) => ({
      providerId,
      studentId: s[i]!,
      unitCode: "tutkinnonosat_106915",
      status: "completed",
      changedOn: `${Y}-03-01`,
    })),
  ]);

  // This year's ten participants (group 1A: s0–s4, 1B: s5, s6, s18–s20). August: two of them;
  // September: all ten on two days; October: 1A's five and one of 1B.
  const sept = [
    ["present", "present", "present", "late", "absent", "present", "excused"],
    ["present", "present", "present", "present", "absent", "present", "present"],
  ];
  const mark = (i: number, day: string, st: string) => ({
    providerId,
    studentId: s[i]!,
    groupId: i < 5 ? g1!.id : null,
    day,
    status: st,
  });
  await db.insert(schema.attendanceMark).values([
    ...[0, 1].map((i) => mark(i, `${Y}-08-20`, "present")),
    ...sept[0]!.map((st, i) => mark(i, `${Y}-09-07`, st)),
    ...sept[1]!.map((st, i) => mark(i, `${Y}-09-08`, st)),
    ...[18, 19, 20].flatMap((i) => [mark(i, `${Y}-09-07`, "present"), mark(i, `${Y}-09-08`, "present")]),
    ...[0, 1, 2, 3, 4].map((i) => mark(i, `${Y}-10-05`, "present")),
    mark(5, `${Y}-10-05`, "absent"),
    // Not counted: a student outside the programme, and a mark of the previous academic year.
    mark(21, `${Y}-09-07`, "absent"),
    mark(7, `${Y}-07-31`, "absent"),
  ]);
  return { providerId, students: s, groups: [g1!.id, g2!.id] };
}
