import { LocalDate } from "@polku/domain";
import { Schema } from "effect";

/** Input fields shared by the core routers. */
export const Id = Schema.String.check(Schema.isUUID());
/** A calendar date YYYY-MM-DD that exists (the domain's rule: no 2024-13-45). */
export const LocalDateInput = LocalDate;
export const Note = Schema.String.check(Schema.isMaxLength(4000));
export const StudentRef = Schema.Struct({ studentId: Id });
