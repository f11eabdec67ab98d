/** Inputs of the HOKS procedures, as Effect Schemas: a bad input is refused naming each bad field. */
import { HoksDraft } from "@polku/domain";
import { Schema } from "effect";
import { Id } from "../schemas.ts";

/** About 2 MB of JSON: far more than any HOKS. */
export const MAX_HOKS_CHARACTERS = 2_000_000;

export const DraftInput = Schema.Struct({ studentId: Id, draft: HoksDraft });

export const ImportInput = Schema.Struct({
  studentId: Id,
  /** eHOKS JSON, as text (a pasted or uploaded file) or already parsed. */
  document: Schema.Union([
    Schema.String.check(
      Schema.isMaxLength(MAX_HOKS_CHARACTERS, {
        message: "The file is larger than about 2 MB: that is not a single HOKS.",
      }),
    ),
    Schema.Record(Schema.String, Schema.Unknown),
  ]),
});

export const unitStatuses = ["not_started", "in_progress", "demonstrated", "completed"] as const;

export const ProgressInput = Schema.Struct({
  studentId: Id,
  unitCode: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)),
  status: Schema.Literals(unitStatuses),
});
