/** A student (opiskelija) of one provider. The learner OID links the student to the national services. */
import { Schema } from "effect";
import { LocalDate } from "../dates.ts";
import { LearnerOid } from "../identifiers/oid.ts";
import { Uuid } from "../uuid.ts";

export const PersonName = Schema.String.check(
  Schema.isTrimmed({ message: "Remove the spaces around the name." }),
  Schema.isNonEmpty({ message: "The name is missing." }),
  Schema.isMaxLength(200),
);

/** Deliberately loose: one @, something on both sides, no spaces. Deliverability is proven by sending. */
export const Email = Schema.String.check(
  Schema.isPattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: "Write the e-mail address as name@example.fi." }),
);

export const Student = Schema.Struct({
  id: Uuid,
  providerId: Uuid,
  learnerOid: Schema.optional(LearnerOid),
  firstName: PersonName,
  lastName: PersonName,
  birthDate: LocalDate,
  email: Schema.optional(Email),
});
export type Student = typeof Student.Type;
