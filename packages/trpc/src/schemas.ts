import { Schema } from "effect";

/** Input fields shared by the core routers. */
export const Id = Schema.String.check(Schema.isUUID());
export const LocalDateInput = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { message: "Use a date in the form YYYY-MM-DD." }),
);
export const Note = Schema.String.check(Schema.isMaxLength(4000));
export const StudentRef = Schema.Struct({ studentId: Id });
