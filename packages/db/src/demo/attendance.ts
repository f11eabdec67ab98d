import { localDateIn } from "@polku/domain";
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { rowsOf } from "../client.ts";
import { attendanceMark, groupMember, teachingGroup } from "../schema/index.ts";
import { seededRandom } from "./random.ts";
import type { DemoRegion } from "./seed.ts";

/** How many school days (Monday to Friday, before today) of marks the demo has. */
const DEMO_DAYS = 5;
const GROUP_SIZE = 14;

/** The `count` weekdays before `today` (YYYY-MM-DD), oldest first. */
export function schoolDaysBefore(today: string, count: number): string[] {
  const days: string[] = [];
  const cursor = new Date(`${today}T12:00:00Z`);
  while (days.length < count) {
    cursor.setUTCDate(cursor.getUTCDate() - 1);
    const weekday = cursor.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.unshift(cursor.toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Two teaching groups of first-year students of the first provider, and a week of day marks before
 * today: mostly present, some late or excused, and unexplained absences for some minors (what a
 * guardian is told of). The demo student and the demo guardian's ward are in the first group, so both
 * see marks. Skipped when the provider already has groups.
 */
export async function seedDemoAttendance(db: Database, region: DemoRegion): Promise<void> {
  const provider = region.providers[0];
  if (!provider) return;
  const existing = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from teaching_group where provider_id = ${provider.id}`),
  );
  if ((existing[0]?.n ?? 0) > 0) return;
  const r = seededRandom(2027);

  const own = region.students.filter((s) => s.providerId === provider.id);
  const demoStudent = own[0];
  const ward = own.find((s) => s.minor);
  const firstYears = own.filter((s) => s.minor || s.phase === "onboarding");
  const pinned = [...new Set([demoStudent, ward])].filter((s) => s !== undefined);
  const rest = firstYears.filter((s) => !pinned.includes(s));
  const groupA = [...pinned, ...rest.slice(0, GROUP_SIZE - pinned.length)];
  const groupB = rest.slice(GROUP_SIZE - pinned.length, 2 * GROUP_SIZE - pinned.length);

  const [a, b] = await db
    .insert(teachingGroup)
    .values([
      {
        providerId: provider.id,
        name: "1A Ensimmäinen vuosi",
        startsOn: `${localDateIn(new Date()).slice(0, 4)}-08-10`,
      },
      {
        providerId: provider.id,
        name: "1B Ensimmäinen vuosi",
        startsOn: `${localDateIn(new Date()).slice(0, 4)}-08-10`,
      },
    ])
    .returning({ id: teachingGroup.id });
  const groups = [
    { id: a!.id, members: groupA },
    { id: b!.id, members: groupB },
  ];
  await db
    .insert(groupMember)
    .values(
      groups.flatMap((g) =>
        g.members.map((s) => ({ providerId: provider.id, groupId: g.id, studentId: s.id })),
      ),
    );

  const days = schoolDaysBefore(localDateIn(new Date()), DEMO_DAYS);
  const teacher = region.personIds.opettaja ?? null;
  const marks: Array<typeof attendanceMark.$inferInsert> = [];
  // Some minors, the ward among them, have an unexplained absence on one of the days.
  const absentees = new Map<string, string>();
  const minors = groups.flatMap((g) => g.members.filter((s) => s.minor));
  for (const s of minors.slice(0, 4)) absentees.set(s.id, r.pick(days));
  for (const group of groups) {
    for (const s of group.members) {
      for (const day of days) {
        const roll = r.next();
        const forced = absentees.get(s.id) === day;
        const status = forced
          ? "absent"
          : roll < 0.82
            ? "present"
            : roll < 0.91
              ? "late"
              : roll < 0.97
                ? "excused"
                : "absent";
        marks.push({
          providerId: provider.id,
          studentId: s.id,
          groupId: group.id,
          day,
          lesson: "",
          status,
          minutesLate: status === "late" ? r.int(3, 30) : null,
          recordedBy: teacher,
          recordedAt: new Date(`${day}T08:30:00+02:00`),
        });
      }
    }
  }
  await db.insert(attendanceMark).values(marks);
}
