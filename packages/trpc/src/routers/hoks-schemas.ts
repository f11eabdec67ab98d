/** Inputs of the HOKS procedures, as Effect Schemas: a bad input is refused naming each bad field. */
import { HoksDraft } from "@polku/domain";
import { Schema } from "effect";
import { Id, MultiLineText, SingleLineText } from "../schemas.ts";

/** About 2 MB of JSON: far more than any HOKS. */
export const MAX_HOKS_CHARACTERS = 2_000_000;

export const DraftInput = Schema.Struct({ studentId: Id, draft: HoksDraft });

export const ImportInput = Schema.Struct({
  studentId: Id,
  /** eHOKS JSON, as text (a pasted or uploaded file) or already parsed. */
  document: Schema.Union([
    // The text of a file: line breaks and tabs are fine, other control characters are not.
    MultiLineText(MAX_HOKS_CHARACTERS, {
      tooLong: "The file is larger than about 2 MB: that is not a single HOKS.",
    }),
    Schema.Record(Schema.String, Schema.Unknown),
  ]),
});

export const unitStatuses = ["not_started", "in_progress", "demonstrated", "completed"] as const;

export const ProgressInput = Schema.Struct({
  studentId: Id,
  unitCode: SingleLineText(200).check(Schema.isMinLength(1, { message: "Choose the unit." })),
  status: Schema.Literals(unitStatuses),
});
