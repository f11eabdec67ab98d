/** Inputs of the hours procedures, as Effect Schemas: a bad input is refused naming each bad field. */
import { Id, LocalDateInput, Note } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { activities, entryHoursProblem, MAX_PLANNED_HOURS } from "./rules.ts";

const Year = Schema.Int.check(Schema.isBetween({ minimum: 2000, maximum: 2100 }));

export const RecordInput = Schema.Struct({
  workedOn: LocalDateInput,
  hours: Schema.Number.check(Schema.makeFilter((h: number) => entryHoursProblem(h))),
  activity: Schema.Literals(activities),
  note: Schema.optional(Note),
});

export const YearInput = Schema.Struct({ year: Year });
export const EntryRef = Schema.Struct({ entryId: Id });

export const SetPlanInput = Schema.Struct({
  personId: Id,
  year: Year,
  plannedHours: Schema.Int.check(
    Schema.isBetween(
      { minimum: 0, maximum: MAX_PLANNED_HOURS },
      { message: `Plan whole hours from 0 to ${MAX_PLANNED_HOURS}.` },
    ),
  ),
});
