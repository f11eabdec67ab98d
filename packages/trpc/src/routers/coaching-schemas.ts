/** Inputs of the coaching procedures, as Effect Schemas: a bad input is refused naming each bad field. */
import {
  coachingSessionKinds,
  IsoInstant,
  MAX_SERIES_WEEKS,
  MAX_SESSION_MINUTES,
  noteVisibilities,
} from "@polku/domain";
import { Schema } from "effect";
import { Id, LocalDateInput, MultiLineText, Note, PageLimit, SingleLineText } from "../schemas.ts";

const Title = SingleLineText(200).check(Schema.isMinLength(1, { message: "Give the session a title." }));
const Location = SingleLineText(200);
const Topic = SingleLineText(100).check(Schema.isMinLength(1, { message: "A topic needs a word or two." }));
const Topics = Schema.Array(Topic).check(Schema.isMaxLength(20, { message: "List at most 20 topics." }));
const StudentIds = Schema.Array(Id).check(
  Schema.isMaxLength(200, { message: "Name at most 200 students: add a whole group by its group instead." }),
);
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

/** The most sessions one read returns: a year of weekly sessions several times over. */
export const MAX_SESSIONS_PAGE = 200;

/** A page of a group's or a student's sessions, oldest first: `limit` (default and at most 200). */
const sessionPage = { limit: Schema.optional(PageLimit(MAX_SESSIONS_PAGE)) };
export const GroupRef = Schema.Struct({ groupId: Id, ...sessionPage });
export const StudentSessionsInput = Schema.Struct({ studentId: Id, ...sessionPage });

/** A student's notes, newest first: `limit` (default 100, at most 200). */
export const StudentNotesInput = Schema.Struct({ studentId: Id, limit: Schema.optional(PageLimit()) });

export const UpcomingInput = Schema.Struct({
  /** From this instant on; the start of today in Helsinki when left out. */
  from: Schema.optional(IsoInstant),
  limit: Schema.optional(PageLimit(MAX_SESSIONS_PAGE)),
});

export const AddParticipantInput = Schema.Struct({ sessionId: Id, studentId: Id });

export const RecordAttendanceInput = Schema.Struct({
  sessionId: Id,
  attendance: Schema.Array(Schema.Struct({ studentId: Id, attended: Schema.Boolean })).check(
    Schema.isMinLength(1, { message: "Mark at least one student." }),
    Schema.isMaxLength(200, { message: "Mark at most 200 students at once." }),
  ),
});

export const AddNoteInput = Schema.Struct({
  studentId: Id,
  sessionId: Schema.optional(Id),
  visibility: Schema.Literals(noteVisibilities),
  body: MultiLineText(4000).check(Schema.isMinLength(1, { message: "Write the note." })),
});
