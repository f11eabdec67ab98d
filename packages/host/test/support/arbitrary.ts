/**
 * fast-check arbitraries derived from an Effect Schema's AST, for fuzzing a procedure with inputs of
 * its own input schema. Effect 4.1's own `Arbitrary` module is a separate engine (no fast-check), and
 * its sampler gives up on a schema whose filter it cannot read (a check digit, a "not blank" rule):
 * here such a filter only makes a value less likely to be valid. The checks' own generation hints
 * (`arbitraryConstraint`: lengths, bounds, patterns, whole numbers) shape what is generated; a node
 * with a check picks, of a few candidates, the first its schema accepts, so most samples are valid.
 */
import { Schema, type SchemaAST } from "effect";
import fc from "fast-check";

type AST = SchemaAST.AST;

interface Constraint {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minProperties?: number;
  maxProperties?: number;
  number?: "integer" | "finite";
  patterns?: ReadonlyArray<{ readonly source: string; readonly flags: string }>;
}

export interface DeriveContext {
  /**
   * Ids seen in earlier responses, for the field of this name (e.g. `studentId`): an id field takes
   * one of them most of the time, so that calls reach past "not found".
   */
  readonly knownIds: (field: string | undefined) => readonly string[];
  /** Other strings seen under this field's name in responses (a step kind, a unit code). */
  readonly knownStrings: (field: string | undefined) => readonly string[];
}

/** Strings and lists stay short unless the schema asks for more: enough to reach the code behind. */
const SHORT = 24;
const FEW = 4;

interface CheckLike {
  readonly _tag: "Filter" | "FilterGroup";
  readonly annotations?: {
    readonly arbitraryConstraint?: Constraint;
    readonly representation?: { readonly id?: string };
  };
  readonly checks?: readonly CheckLike[];
}

const min = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const max = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

function constraintOf(ast: AST): { constraint: Constraint; uuid: boolean } {
  const c: Constraint = {};
  let uuid = false;
  const visit = (check: CheckLike) => {
    if (check.annotations?.representation?.id === "effect/schema/isUUID") uuid = true;
    const next = check.annotations?.arbitraryConstraint;
    if (next) {
      c.minLength = max(c.minLength, next.minLength);
      c.maxLength = min(c.maxLength, next.maxLength);
      c.minimum = max(c.minimum, next.minimum);
      c.maximum = min(c.maximum, next.maximum);
      c.minProperties = max(c.minProperties, next.minProperties);
      c.maxProperties = min(c.maxProperties, next.maxProperties);
      if (next.number === "integer" || c.number === undefined) c.number = next.number ?? c.number;
      if (next.patterns) c.patterns = [...(c.patterns ?? []), ...next.patterns];
    }
    for (const inner of check.checks ?? []) visit(inner);
  };
  for (const check of (ast.checks ?? []) as readonly CheckLike[]) visit(check);
  return { constraint: c, uuid };
}

const validators = new WeakMap<AST, (value: unknown) => boolean>();
/** Does the node's own schema (with its checks) accept the value? */
function accepts(ast: AST): (value: unknown) => boolean {
  let is = validators.get(ast);
  if (!is) {
    const guard = Schema.is(Schema.make<Schema.Top>(ast));
    is = (value) => {
      try {
        return guard(value);
      } catch {
        return false;
      }
    };
    validators.set(ast, is);
  }
  return is;
}

const lengths = (c: Constraint, fallback: number) => {
  const minLength = c.minLength ?? 0;
  return {
    minLength,
    maxLength: Math.max(minLength, Math.min(c.maxLength ?? fallback, minLength + fallback)),
  };
};

function stringArbitrary(ast: AST, ctx: DeriveContext, field: string | undefined): fc.Arbitrary<string> {
  const { constraint: c, uuid } = constraintOf(ast);
  if (uuid) {
    const known = fc.nat().map((i) => {
      const ids = ctx.knownIds(field);
      return ids.length > 0 ? ids[i % ids.length]! : "00000000-0000-4000-8000-000000000000";
    });
    return fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: fc.uuid() });
  }
  const [pattern] = c.patterns ?? [];
  if (pattern) {
    const flags = pattern.flags.replace(/[gyu]/g, "");
    try {
      return fc.stringMatching(new RegExp(pattern.source, flags));
    } catch {
      // A pattern fast-check cannot generate from: plain strings, mostly refused by the schema.
    }
  }
  const bounds = lengths(c, SHORT);
  const seen = fc.nat().map((i) => {
    const values = ctx.knownStrings(field);
    return values.length > 0 ? values[i % values.length]! : "Aino";
  });
  return fc.oneof(
    fc.string(bounds),
    fc.string({ ...bounds, unit: "grapheme" }),
    fc.constantFrom("Aino", "Ryhmäytyspäivä", "Åsa Öberg", "tutkinnonosat_103590", "3", "ENG 2"),
    { weight: 2, arbitrary: seen },
  );
}

function numberArbitrary(ast: AST, integer: boolean): fc.Arbitrary<number> {
  const { constraint: c } = constraintOf(ast);
  const whole = integer || c.number === "integer";
  if (whole) {
    const lo = Math.max(c.minimum ?? -1_000_000, Number.MIN_SAFE_INTEGER);
    const hi = Math.min(c.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER);
    return fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.max(lo, hi)) });
  }
  const lo = c.minimum ?? -1e6;
  const hi = c.maximum ?? 1e6;
  return fc.oneof(
    fc.double({ min: lo, max: Math.max(lo, hi), noNaN: true, noDefaultInfinity: true }),
    // Quarter steps and whole numbers: what forms send, and what step rules accept.
    fc.integer({ min: Math.ceil(lo * 4), max: Math.floor(Math.max(lo, hi) * 4) }).map((q) => q / 4),
  );
}

function objectsArbitrary(ast: SchemaAST.Objects, ctx: DeriveContext, depth: number) {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const ps of ast.propertySignatures) {
    const key = String(ps.name);
    model[key] = derive(ps.type, ctx, depth + 1, key);
    if (!ps.type.context?.isOptional) required.push(key);
  }
  const record = fc.record(model, { requiredKeys: required });
  if (ast.indexSignatures.length === 0) return record;
  const { constraint: c } = constraintOf(ast);
  const maxKeys = Math.min(c.maxProperties ?? FEW, FEW);
  const dictionaries = ast.indexSignatures.map((is) =>
    fc.dictionary(derive(is.parameter as AST, ctx, depth + 1).map(String), derive(is.type, ctx, depth + 1), {
      minKeys: Math.min(c.minProperties ?? 0, maxKeys),
      maxKeys,
    }),
  );
  return fc
    .tuple(record, ...dictionaries)
    .map(([fixed, ...rest]) => Object.assign({}, ...rest, fixed) as Record<string, unknown>);
}

function arraysArbitrary(
  ast: SchemaAST.Arrays,
  ctx: DeriveContext,
  depth: number,
  field: string | undefined,
) {
  const elements = ast.elements.map((e) => derive(e, ctx, depth + 1, field));
  const [rest] = ast.rest;
  const { constraint: c } = constraintOf(ast);
  const tail = rest
    ? fc.array(derive(rest, ctx, depth + 1, field), lengths({ ...c, minLength: c.minLength ?? 0 }, FEW))
    : fc.constant([] as unknown[]);
  return fc.tuple(fc.tuple(...elements), tail).map(([head, more]) => [...head, ...more]);
}

function base(ast: AST, ctx: DeriveContext, depth: number, field: string | undefined): fc.Arbitrary<unknown> {
  if (depth > 12) return fc.constant(null);
  switch (ast._tag) {
    case "String":
      return stringArbitrary(ast, ctx, field);
    case "Number":
      return numberArbitrary(ast, false);
    case "Boolean":
      return fc.boolean();
    case "Literal":
      return fc.constant(ast.literal);
    case "Enum":
      return fc.constantFrom(...ast.enums.map(([, value]) => value));
    case "Null":
      return fc.constant(null);
    case "Undefined":
    case "Void":
    case "Never":
      return fc.constant(undefined);
    case "Union":
      return fc.oneof(...ast.types.map((t) => derive(t, ctx, depth + 1, field)));
    case "Objects":
      return objectsArbitrary(ast, ctx, depth);
    case "Arrays":
      return arraysArbitrary(ast, ctx, depth, field);
    case "Suspend":
      return derive(ast.thunk(), ctx, depth + 3, field);
    case "TemplateLiteral":
      return fc.string({ maxLength: SHORT });
    case "ObjectKeyword":
      return fc.object({ maxDepth: 1 });
    case "Unknown":
    case "Any":
    case "Declaration":
      return fc.jsonValue({ maxDepth: 2 });
    default:
      // BigInt, Symbol, UniqueSymbol: nothing JSON can carry.
      return fc.constant(null);
  }
}

/**
 * An arbitrary of the values a schema describes (its encoded side as JSON carries it): most are valid,
 * some are not (a filter the generation hints do not describe).
 */
export function derive(
  ast: AST,
  ctx: DeriveContext,
  depth = 0,
  field: string | undefined = undefined,
): fc.Arbitrary<unknown> {
  const arbitrary = base(ast, ctx, depth, field);
  if (!ast.checks || ast._tag === "Union") return arbitrary;
  const is = accepts(ast);
  return fc.array(arbitrary, { minLength: 6, maxLength: 6 }).map((candidates) => {
    return candidates.find(is) ?? candidates[0];
  });
}

export const arbitraryOf = (schema: Schema.Top, ctx: DeriveContext) => derive(schema.ast, ctx);
