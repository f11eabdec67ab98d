/** Inputs of the coaching procedures, as Effect Schemas: a bad input is refused naming each bad field. */
import {
  coachingSessionKinds,
  IsoInstant,
  MAX_SERIES_WEEKS,
  MAX_SESSION_MINUTES,
  noteVisibilities,
} from "@polku/domain";
import { Schema } from "effect";
import { Id, LocalDateInput, Note, StudentRef } from "../schemas.ts";

const Title = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200));
const Location = Schema.String.check(Schema.isMaxLength(200));
const Topic = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100));
const Topics = Schema.Array(Topic).check(Schema.isMaxLength(20));
const StudentIds = Schema.Array(Id).check(Schema.isMaxLength(200));
const Time = Schema.String.check(
  Schema.isPattern(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Use a time in the form HH:MM, e.g. 14:00." }),
);

/** What a session is about; shared by one-off sessions and series. */
const sessionFields = {
  title: Title,
  location: Schema.optional(Location),
  topics: Schema.optional(Topics),
  goals: Schema.optional(Note),
  groupId: Schema.optional(Id),
  studentIds: Schema.optional(StudentIds),
};

export const CreateSessionInput = Schema.Struct({
  kind: Schema.Literals(coachingSessionKinds),
  /** The day and wall-clock time in Europe/Helsinki. */
  date: LocalDateInput,
  time: Time,
  durationMinutes: Schema.optional(
    Schema.Int.check(Schema.isBetween({ minimum: 5, maximum: MAX_SESSION_MINUTES })),
  ),
  followUps: Schema.optional(Note),
  ...sessionFields,
});

export const CreateSeriesInput = Schema.Struct({
  kind: Schema.Literals(["group", "community"]),
  /** The series starts on the first `weekday` on or after this date. */
  startsOn: LocalDateInput,
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 7 })),
  /** Wall-clock time in Europe/Helsinki. */
  time: Time,
  durationMinutes: Schema.Int.check(Schema.isBetween({ minimum: 5, maximum: MAX_SESSION_MINUTES })),
  weeks: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: MAX_SERIES_WEEKS })),
  ...sessionFields,
});

export const UpdateSessionInput = Schema.Struct({
  sessionId: Id,
  topics: Schema.optional(Topics),
  goals: Schema.optional(Note),
  followUps: Schema.optional(Note),
  location: Schema.optional(Location),
});

export const SessionRef = Schema.Struct({ sessionId: Id });
export const GroupRef = Schema.Struct({ groupId: Id });
export { StudentRef };

export const UpcomingInput = Schema.Struct({
  /** From this instant on; the start of today in Helsinki when left out. */
  from: Schema.optional(IsoInstant),
  limit: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 200 }))),
});

export const AddParticipantInput = Schema.Struct({ sessionId: Id, studentId: Id });

export const RecordAttendanceInput = Schema.Struct({
  sessionId: Id,
  attendance: Schema.Array(Schema.Struct({ studentId: Id, attended: Schema.Boolean })).check(
    Schema.isMinLength(1),
    Schema.isMaxLength(200),
  ),
});

export const AddNoteInput = Schema.Struct({
  studentId: Id,
  sessionId: Schema.optional(Id),
  visibility: Schema.Literals(noteVisibilities),
  body: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(4000)),
});
