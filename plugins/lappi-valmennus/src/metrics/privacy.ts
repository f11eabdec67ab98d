/**
 * The privacy floor of every figure the metrics show. A share of three students lets a manager who
 * knows the group work out what one of them did; with five or more, no single student's record can be
 * read back from an aggregate. Figures under the floor are replaced by "too few to show": the count
 * itself is withheld too (saying "2 students, 50 %" is the same as naming the outcome).
 */
export const MIN_STUDENTS = 5;

export type Floored<T extends object> =
  | ({ readonly suppressed: false; readonly students: number } & T)
  | ({ readonly suppressed: true; readonly students: null } & { readonly [K in keyof T]: null });

/** 1–4 students: a figure about them would be about someone a manager can name. */
export const tooFew = (students: number): boolean => students > 0 && students < MIN_STUDENTS;

/**
 * The figures when `students` reach the floor, else the same keys with null. Zero students is not
 * suppressed (nothing is revealed by "no data"); the figures then decide for themselves what to show.
 * `complement` is the number of students in the rest of a whole that is shown elsewhere (the other
 * groups, when one group is chosen): if that rest is under the floor, this figure is withheld too,
 * or subtracting it from the whole would give the rest's.
 */
export function withFloor<T extends object>(students: number, figures: () => T, complement = 0): Floored<T> {
  if (!tooFew(students) && !tooFew(complement)) {
    return { suppressed: false, students, ...figures() } as Floored<T>;
  }
  const hidden = Object.fromEntries(Object.keys(figures()).map((key) => [key, null]));
  return { suppressed: true, students: null, ...hidden } as Floored<T>;
}

/** `part` of `whole` as a percentage with one decimal (72.5), or null when there is no whole. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}
