import { Schema } from "effect";

/** Database identifiers are UUIDs (any version), written in lower or upper case. */
export const Uuid = Schema.String.check(Schema.isUUID(undefined, { message: "Expected a UUID identifier." }));
export type Uuid = typeof Uuid.Type;
