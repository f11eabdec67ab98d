/**
 * Calendar dates as the national services write them: `YYYY-MM-DD` strings (no time, no zone),
 * and ages computed on them. No clock is read here: callers pass "today" (see `localDateIn`).
 */
import { Schema } from "effect";

export { addDaysToLocalDate, localDateIn } from "./days.ts";

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** The parts of a real calendar date, or `undefined` (e.g. for 2023-02-29 or 2024-13-01). */
export const parseLocalDate = (input: string): DateParts | undefined => {
  const match = localDatePattern.exec(input);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

export const isValidLocalDate = (input: string): boolean => parseLocalDate(input) !== undefined;

export const LocalDate = Schema.String.check(
  Schema.makeFilter(
    (s: string) =>
      isValidLocalDate(s)
        ? undefined
        : s === ""
          ? { message: "Choose a date." }.message
          : `"${s}" is not a date: write YYYY-MM-DD.`,
    {
      identifier: "LocalDate",
      expected: "a calendar date YYYY-MM-DD",
      // Property tests generate days that exist in every month (the filter stays the judge).
      arbitraryConstraint: {
        patterns: [{ source: "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$", flags: "" }],
      },
    },
  ),
);
export type LocalDate = typeof LocalDate.Type;

/** ISO 8601 instant with a zone, as eHOKS writes approval times: 2017-10-25T21:00:00.000Z */
export const IsoInstant = Schema.String.check(
  Schema.makeFilter(
    (s: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      isValidLocalDate(s.slice(0, 10)) &&
      !Number.isNaN(Date.parse(s))
        ? undefined
        : `"${s}" is not a timestamp: write e.g. 2017-10-25T21:00:00.000Z.`,
    {
      identifier: "IsoInstant",
      expected: "an ISO 8601 timestamp with a zone",
      arbitraryConstraint: {
        patterns: [
          {
            source:
              "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{3}Z$",
            flags: "",
          },
        ],
      },
    },
  ),
);
export type IsoInstant = typeof IsoInstant.Type;

const partsOrThrow = (input: string, name: string): DateParts => {
  const parts = parseLocalDate(input);
  // A malformed date here is a programming error: validate at the boundary with `LocalDate`.
  if (parts === undefined) throw new RangeError(`${name} must be a YYYY-MM-DD date, got "${input}"`);
  return parts;
};

/**
 * When someone born on 29 February has their birthday in a common year. Finnish law on reckoning time
 * periods (laki määräaikain laskemisesta 150/1930) ends a period counted in years on the last day of
 * the month when the month lacks the day: 28 February. That reading for age is *unverified*, so it is
 * an option; "mar1" is the other common convention.
 */
export type LeapDayBirthday = "feb28" | "mar1";

export interface AgeOptions {
  readonly leapDayBirthday?: LeapDayBirthday;
}

/** Completed years of age on `onDate` (both `YYYY-MM-DD`). Negative before birth. */
export const ageOn = (birthDate: string, onDate: string, options: AgeOptions = {}): number => {
  const birth = partsOrThrow(birthDate, "birthDate");
  const on = partsOrThrow(onDate, "onDate");
  let birthdayMonth = birth.month;
  let birthdayDay = birth.day;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(on.year)) {
    if ((options.leapDayBirthday ?? "feb28") === "feb28") birthdayDay = 28;
    else {
      birthdayMonth = 3;
      birthdayDay = 1;
    }
  }
  const hadBirthday = on.month > birthdayMonth || (on.month === birthdayMonth && on.day >= birthdayDay);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
};

export const AGE_OF_MAJORITY = 18;

/** Under 18 on `onDate`: a minor, whose guardians take part (DOMAIN.md: huoltaja). */
export const isMinor = (birthDate: string, onDate: string, options?: AgeOptions): boolean =>
  ageOn(birthDate, onDate, options) < AGE_OF_MAJORITY;

/** Compare two `YYYY-MM-DD` dates: negative, zero or positive. */
export const compareLocalDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
