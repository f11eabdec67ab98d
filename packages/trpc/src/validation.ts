import { Schema } from "effect";

/**
 * An Effect Schema as a tRPC input validator. All issues are collected, so a bad input's error names
 * every bad field (the error formatter copies them into the response).
 */
export const input = <S extends Schema.ConstraintDecoder<unknown>>(schema: S) =>
  Schema.toStandardSchemaV1(schema, { parseOptions: { errors: "all" } });
