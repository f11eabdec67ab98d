import { sentenceOf, textIssuesIn } from "@polku/domain";
import { Schema } from "effect";

/**
 * Where `input()` keeps the Effect Schema it was made from, so that tools can derive inputs from a
 * procedure's own schema (the fuzz test of every procedure does).
 */
export const EFFECT_SCHEMA: unique symbol = Symbol.for("polku/input-effect-schema");

/**
 * An Effect Schema as a tRPC input validator. All issues are collected, so a bad input's error names
 * every bad field (the error formatter copies them into the response).
 *
 * Before the schema, a safety net: a string anywhere in the raw input (an object's key too) holding a
 * NUL or another C0 control character but tab, LF and CR is refused, naming its path. A field whose
 * schema forgot the shared text schemas (`SingleLineText`, `MultiLineText`) is then still a 400 naming
 * the field, never a 500 from the database ("invalid byte sequence", SQLSTATE 22021).
 */
export const input = <S extends Schema.ConstraintDecoder<unknown>>(schema: S) => {
  const standard = Schema.toStandardSchemaV1(schema, { parseOptions: { errors: "all" } });
  const props = standard["~standard"];
  type Result = Awaited<ReturnType<typeof props.validate>>;
  const worded = (result: Result): Result =>
    result.issues
      ? { issues: result.issues.map((issue) => ({ ...issue, message: sentenceOf(issue.message) })) }
      : result;
  const validate: typeof props.validate = (value) => {
    const issues = textIssuesIn(value, "any-text");
    if (issues.length > 0) return { issues: issues.map((i) => ({ path: i.path, message: i.message })) };
    const result = props.validate(value);
    return result instanceof Promise ? result.then(worded) : worded(result);
  };
  // toStandardSchemaV1 returns a copy of the schema: its adapter is ours to replace.
  Object.defineProperty(standard, "~standard", {
    value: { ...props, validate },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return Object.assign(standard, { [EFFECT_SCHEMA]: schema });
};

/** The Effect Schema behind a procedure's input validator made by `input()`, if it is one. */
export function effectSchemaOf(validator: unknown): Schema.Top | undefined {
  if (typeof validator !== "object" && typeof validator !== "function") return undefined;
  if (validator === null) return undefined;
  return (validator as { [EFFECT_SCHEMA]?: Schema.Top })[EFFECT_SCHEMA];
}
