/**
 * Importing a HOKS from eHOKS JSON.
 *
 * Unknown keys: eHOKS adds fields over time. By default (`unknownKeys: "error"`) a key this schema
 * does not model is reported as a problem with its path, so nothing is ever dropped silently: the
 * import fails and says which key to model. `decodeHoksLenient` instead succeeds without those keys and
 * returns them as `unknownKeys`, for an importer that stores the raw JSON beside the decoded document
 * and warns. Every problem is reported (decoding runs with `errors: "all"`), each with its path.
 */
import { Effect, Schema, SchemaIssue } from "effect";
import { type DecodeProblem, HoksDecodeError } from "../errors.ts";
import type { LearnerOidOptions } from "../identifiers/oid.ts";
import { sentenceOf } from "../messages.ts";
import { textIssuesIn } from "../text.ts";
import { type HoksDocument, makeHoksDocumentSchema } from "./document.ts";

export interface DecodeHoksOptions {
  /** "error" (default): unknown keys are problems. "ignore": they are dropped without notice. */
  readonly unknownKeys?: "error" | "ignore";
  /** Learner-OID settings of the deployment (test environments). */
  readonly learnerOid?: LearnerOidOptions;
}

const formatter = SchemaIssue.makeFormatterDefault();

export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    const name = String(key);
    return acc === "" ? name : `${acc}.${name}`;
  }, "");

/** Flattens a schema issue tree into one problem per bad field. */
export const issueToProblems = (root: SchemaIssue.Issue): ReadonlyArray<DecodeProblem> => {
  const out: Array<DecodeProblem> = [];
  const walk = (issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>): void => {
    switch (issue._tag) {
      case "Pointer":
        walk(issue.issue, [...path, ...issue.path]);
        return;
      case "Composite":
        for (const child of issue.issues) walk(child, path);
        return;
      case "AnyOf":
        if (issue.issues.length === 0) break;
        for (const child of issue.issues) walk(child, path);
        return;
      case "Encoding":
        walk(issue.issue, path);
        return;
      case "Filter":
        if (issue.issue._tag === "Pointer" || issue.issue._tag === "Composite") {
          walk(issue.issue, path);
          return;
        }
        break;
      case "UnexpectedKey":
        out.push({
          path: formatPath(path),
          kind: "unknown_key",
          message: "This key is not part of the HOKS shape Polku knows; it would be lost on import.",
        });
        return;
      case "MissingKey":
        out.push({ path: formatPath(path), kind: "invalid", message: "This required field is missing." });
        return;
    }
    out.push({ path: formatPath(path), kind: "invalid", message: sentenceOf(formatter(issue)) });
  };
  walk(root, []);
  return out;
};

const schemaCache = new Map<string, ReturnType<typeof makeHoksDocumentSchema>>();
const schemaFor = (options: LearnerOidOptions = {}) => {
  const key = `${options.allowTestNodes === true}:${options.testNodeAlgorithm ?? "ibm137"}`;
  let schema = schemaCache.get(key);
  if (schema === undefined) {
    schema = makeHoksDocumentSchema(options);
    schemaCache.set(key, schema);
  }
  return schema;
};

const parseIfString = (json: unknown): Effect.Effect<unknown, HoksDecodeError> => {
  if (typeof json !== "string") return Effect.succeed(json);
  return Effect.try({
    try: () => JSON.parse(json) as unknown,
    catch: () =>
      new HoksDecodeError({
        problems: [
          { path: "", kind: "invalid", message: "This is not JSON. Export the HOKS from eHOKS as JSON." },
        ],
      }),
  });
};

/**
 * Control characters (a NUL, an escape) in any string or key of the document: text that cannot be
 * stored, and that no field of a HOKS holds, wherever the schema would look (or not) for them.
 */
const textProblems = (json: unknown): DecodeProblem[] =>
  textIssuesIn(json, "any-text", 50).map((issue) => ({
    path: formatPath(issue.path),
    kind: "invalid" as const,
    message: issue.message,
  }));

const decodeWith = (
  json: unknown,
  learnerOid: LearnerOidOptions | undefined,
  onExcessProperty: "error" | "ignore",
): Effect.Effect<HoksDocument, HoksDecodeError> => {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return Effect.fail(
      new HoksDecodeError({
        problems: [
          {
            path: "",
            kind: "invalid",
            message: "This is not a HOKS: a HOKS is a JSON object. Export the HOKS from eHOKS as JSON.",
          },
        ],
      }),
    );
  }
  const text = textProblems(json);
  return Schema.decodeUnknownEffect(schemaFor(learnerOid))(json, { errors: "all", onExcessProperty }).pipe(
    Effect.mapError((error) => new HoksDecodeError({ problems: [...text, ...issueToProblems(error.issue)] })),
    Effect.flatMap((document) =>
      text.length > 0 ? Effect.fail(new HoksDecodeError({ problems: text })) : Effect.succeed(document),
    ),
  );
};

/** Decode an eHOKS JSON document (parsed, or as a string); fails with every problem and its path. */
export const decodeHoks = (
  json: unknown,
  options: DecodeHoksOptions = {},
): Effect.Effect<HoksDocument, HoksDecodeError> =>
  Effect.flatMap(parseIfString(json), (input) =>
    decodeWith(input, options.learnerOid, options.unknownKeys === "ignore" ? "ignore" : "error"),
  );

export interface LenientHoks {
  readonly document: HoksDocument;
  /** Keys present in the input but not modelled, with their paths. Empty when nothing was dropped. */
  readonly unknownKeys: ReadonlyArray<string>;
}

/** Decode, tolerating keys the schema does not model; fails only on invalid values. */
export const decodeHoksLenient = (
  json: unknown,
  options: Pick<DecodeHoksOptions, "learnerOid"> = {},
): Effect.Effect<LenientHoks, HoksDecodeError> =>
  Effect.gen(function* () {
    const input = yield* parseIfString(json);
    const strict = yield* Effect.result(decodeWith(input, options.learnerOid, "error"));
    if (strict._tag === "Success") return { document: strict.success, unknownKeys: [] };
    const invalid = strict.failure.problems.filter((p) => p.kind === "invalid");
    if (invalid.length > 0) return yield* new HoksDecodeError({ problems: invalid });
    const document = yield* decodeWith(input, options.learnerOid, "ignore");
    return {
      document,
      unknownKeys: strict.failure.problems.filter((p) => p.kind === "unknown_key").map((p) => p.path),
    };
  });
