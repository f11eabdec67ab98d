/**
 * The 1EdTech JSON Schema of OB 3.0 credentials (draft 2019-09), checked with Ajv's 2019 build. Its
 * tuples are not strict (the schema uses `items` arrays with no `minItems`), hence `strictTuples: false`.
 */
import { Ajv2019 } from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import schema from "./data/ob-achievementcredential-schema.json" with { type: "json" };

const ajv = new Ajv2019({ strict: true, strictTuples: false, allErrors: true });
// ajv-formats is CommonJS: Node's ESM import gives its module object, a bundler its default export.
const formats = addFormats as unknown as { default?: typeof addFormats } & typeof addFormats;
(formats.default ?? formats)(ajv);
const validate = ajv.compile(schema);

/** Each way the credential breaks the schema (its path and what is wrong), or none. */
export function schemaProblems(credential: unknown): string[] {
  if (validate(credential)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
}

/** Where the credential breaks the schema (its paths, no validator prose): what a person is shown. */
export function schemaProblemPaths(credential: unknown): string[] {
  if (validate(credential)) return [];
  return [...new Set((validate.errors ?? []).map((e) => e.instancePath || "/"))];
}

/** Whether a file means to be an Open Badges 3.0 badge at all: a context and the credential's type. */
export function looksLikeBadge(credential: Record<string, unknown>): boolean {
  const types = ([] as unknown[]).concat(credential.type ?? []);
  return (
    credential["@context"] !== undefined &&
    types.some((t) => t === "OpenBadgeCredential" || t === "AchievementCredential")
  );
}
