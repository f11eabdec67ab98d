/**
 * A guardian (huoltaja) of a minor student. Guardianship ends when the student turns 18: from that
 * day on the guardian sees nothing of the student unless the student grants it (see `grant.ts`).
 */
import { Schema } from "effect";
import { type AgeOptions, isMinor } from "../dates.ts";
import { Uuid } from "../uuid.ts";
import { Email, PersonName } from "./student.ts";

export const Guardian = Schema.Struct({
  id: Uuid,
  studentId: Uuid,
  firstName: PersonName,
  lastName: PersonName,
  email: Schema.optional(Email),
  phone: Schema.optional(
    Schema.String.check(
      Schema.isPattern(/^\+?[0-9 ()-]{5,20}$/, { message: "Write the phone number as +358 40 1234567." }),
    ),
  ),
});
export type Guardian = typeof Guardian.Type;

/** A guardian may see a student's data only while the student is a minor on `today` (`YYYY-MM-DD`). */
export const guardianMaySeeStudent = (
  studentBirthDate: string,
  today: string,
  options?: AgeOptions,
): boolean => isMinor(studentBirthDate, today, options);
