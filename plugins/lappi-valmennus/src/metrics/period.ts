/**
 * The academic year (lukuvuosi) runs from August to July: a cohort that starts in the autumn of Y has
 * its first year over on 1 August of Y + 1. Dates are YYYY-MM-DD strings; "today" is passed in.
 */

export interface AcademicYear {
  /** The autumn it starts in: 2026 for 2026–2027. */
  readonly startYear: number;
  readonly from: string;
  readonly to: string;
}

export function academicYearOf(today: string): AcademicYear {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const startYear = month >= 8 ? year : year - 1;
  return { startYear, from: `${startYear}-08-01`, to: `${startYear + 1}-07-31` };
}

/** The months of the academic year up to and including today's ("2026-08" … "2026-11"). */
export function monthsSoFar(today: string): string[] {
  const { startYear } = academicYearOf(today);
  const current = today.slice(0, 7);
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    const month = ((7 + i) % 12) + 1;
    const year = month >= 8 ? startYear : startYear + 1;
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key === current) break;
  }
  return months;
}

/** A cohort's first year is over from 1 August of the next year: only then is its retention known. */
export const firstYearOver = (cohortYear: number, today: string): boolean =>
  today >= `${cohortYear + 1}-08-01`;
