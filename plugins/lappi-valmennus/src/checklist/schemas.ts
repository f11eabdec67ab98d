/** The checklist procedures' inputs: every field checked at the boundary, texts with a maximum length. */
import { Id, LocalDateInput, Note, PageLimit, PageOffset, SingleLineText } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { manualTasks, screeningKinds, screeningResults } from "./tasks.ts";

const CohortYear = Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2100 }));

export const EnrolInput = Schema.Struct({
  studentId: Id,
  cohortYear: CohortYear,
  startedOn: LocalDateInput,
  groupId: Schema.optional(Id),
});

/** The most participants one overview lists: a cohort of a large provider. */
export const MAX_OVERVIEW_PAGE = 500;

export const OverviewInput = Schema.Struct({
  cohortYear: Schema.optional(CohortYear),
  groupId: Schema.optional(Id),
  /** A page of participants: `limit` (default and at most 500) and `offset`; `more` says if any follow. */
  limit: Schema.optional(PageLimit(MAX_OVERVIEW_PAGE)),
  offset: Schema.optional(PageOffset),
});

export const CandidatesInput = Schema.Struct({
  search: Schema.optional(SingleLineText(100)),
});

export const StudentInput = Schema.Struct({ studentId: Id });

export const RecordTaskInput = Schema.Struct({
  studentId: Id,
  task: Schema.Literals(manualTasks),
  doneOn: LocalDateInput,
  /** E.g. the initial situation in a few sentences; study support needs, never health details. */
  note: Schema.optional(Note),
});

export const UndoTaskInput = Schema.Struct({ studentId: Id, task: Schema.Literals(manualTasks) });

export const RecordScreeningInput = Schema.Struct({
  studentId: Id,
  kind: Schema.Literals(screeningKinds),
  takenOn: LocalDateInput,
  result: Schema.Literals(screeningResults),
  score: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 1000 }))),
  note: Schema.optional(Note),
});

export const MarkReviewedInput = Schema.Struct({
  studentId: Id,
  reviewedOn: LocalDateInput,
  /** One kind, or every result recorded for the student when left out. */
  kind: Schema.optional(Schema.Literals(screeningKinds)),
});
