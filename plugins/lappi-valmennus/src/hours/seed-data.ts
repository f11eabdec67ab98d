/**
 * The demo team's 2026: planned hours within the pilot's 40–100 by role, and the hours spent since the
 * autumn term began, week by week, as each role's work in #Valmennus goes (the tutor coaches, the
 * teacher runs the community activities, the kuraattori goes out to the groups, the manager plans).
 */
import { addDaysToLocalDate } from "@polku/domain";
import type { Activity } from "./rules.ts";

export const DEMO_YEAR = 2026;

export type DemoMember = "omaohjaaja" | "opettaja" | "kuraattori" | "esihenkilo";

export const demoPlannedHours: Record<DemoMember, number> = {
  omaohjaaja: 100,
  opettaja: 60,
  kuraattori: 80,
  esihenkilo: 40,
};

export interface DemoEntry {
  readonly member: DemoMember;
  readonly workedOn: string;
  readonly hours: number;
  readonly activity: Activity;
  readonly note: string | null;
}

/** Each role's weekly pattern: [weekday offset from Monday, hours, activity, every n-th week]. */
const patterns: Record<
  DemoMember,
  ReadonlyArray<readonly [number, number, Activity, number, string | null]>
> = {
  omaohjaaja: [
    [0, 1.5, "group_coaching", 2, "Ryhmävalmennus, molemmat ryhmät"],
    [2, 2, "individual_coaching", 1, null],
    [3, 0.5, "guardian_contact", 1, "Huoltajien puhelut ja viestit"],
    [4, 1, "planning", 4, "Tiimin suunnittelupalaveri"],
  ],
  opettaja: [
    [1, 1, "group_coaching", 2, null],
    [3, 0.75, "individual_coaching", 2, null],
    [4, 1, "planning", 4, "Tiimin suunnittelupalaveri"],
  ],
  kuraattori: [
    [2, 2, "outreach", 4, "Jalkautuminen ryhmiin"],
    [1, 1.25, "individual_coaching", 2, null],
    [4, 1, "planning", 4, "Tiimin suunnittelupalaveri"],
  ],
  esihenkilo: [
    [4, 1, "planning", 4, "Tiimin suunnittelupalaveri"],
    [0, 0.5, "other", 4, "Resurssien seuranta"],
  ],
};

/** From the first week of the autumn term to `today` (never a day after it: hours are for work done). */
export function demoEntries(today: string): DemoEntry[] {
  const entries: DemoEntry[] = [];
  const firstMonday = "2026-08-10";
  for (let week = 0; week < 20; week++) {
    const monday = addDaysToLocalDate(firstMonday, 7 * week);
    for (const [member, rows] of Object.entries(patterns) as Array<
      [DemoMember, (typeof patterns)[DemoMember]]
    >) {
      for (const [weekday, hours, activity, every, note] of rows) {
        if (week % every !== 0) continue;
        const workedOn = addDaysToLocalDate(monday, weekday);
        if (workedOn > today || workedOn > `${DEMO_YEAR}-12-31`) continue;
        entries.push({ member, workedOn, hours, activity, note });
      }
    }
  }
  return entries;
}
