/**
 * Invalid inputs made from valid ones, as a careless client or an attacker sends them: wrong types,
 * missing and unknown fields, over-long strings, NUL and other control characters, half surrogate
 * pairs, huge and fractional numbers, malformed ids and dates, injection-looking text, deep nesting,
 * long lists. Each mutation changes one place of the value (or the value itself).
 */
import fc from "fast-check";

type Json = unknown;
type Path = ReadonlyArray<string | number>;

interface Place {
  readonly path: Path;
  readonly value: Json;
}

/** Every place in a JSON value: the value itself, and each property and element under it. */
export function placesIn(value: Json, path: Path = []): Place[] {
  const out: Place[] = [{ path, value }];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...placesIn(v, [...path, i]));
    });
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...placesIn(v, [...path, k]));
  }
  return out;
}

const clone = (value: Json): Json => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** The value with the place at `path` replaced (or removed, for `remove`). */
function setAt(value: Json, path: Path, replacement: Json | typeof remove): Json {
  if (path.length === 0) return replacement === remove ? undefined : replacement;
  const root = clone(value) as Record<string | number, Json>;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (replacement === remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return root;
}
const remove = Symbol("remove");

const controls = ["\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u007f", "\u0085", "\u2028", "\ufeff"];
const loneSurrogates = ["\ud800", "\udfff", "\ud83d"];
const hugeNumbers = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 1.5, -0.5, 1e-320, 0, -1, 2 ** 31];
const malformed = [
  "",
  " ",
  "not-a-uuid",
  "00000000-0000-0000-0000-00000000000g",
  "3F2B8C1E-4D5A-4E6F-8A7B-9C0D1E2F3A4B",
  "3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b ",
  "3f2b8c1e4d5a4e6f8a7b9c0d1e2f3a4b",
  "2024-13-45",
  "2024-02-30",
  "2023-02-29",
  "0000-00-00",
  "99999-12-31",
  "2024-1-1",
  "2024-01-01T25:00:00Z",
  "24:00",
  "9:5",
  "1.2.246.562.24.00000000000",
  "0201256-7",
];
const injections = [
  "'; drop table student; --",
  "' or '1'='1",
  "%",
  "_",
  "\\",
  "%_\\%",
  "<script>alert(1)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, as text
  "${7*7}",
  "../../../etc/passwd",
  "null",
  "undefined",
  "__proto__",
  "\u202eevil",
  "😀".repeat(50),
];

const wrongTypes: Json[] = [42, -1, 3.14, "text", "", true, false, null, [], [1, "a"], {}, { a: 1 }];

function nested(depth: number): Json {
  let value: Json = "deep";
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { x: value };
  return value;
}

export type Mutation =
  | "root-type"
  | "missing-field"
  | "wrong-type"
  | "long-string"
  | "control-character"
  | "control-key"
  | "lone-surrogate"
  | "huge-number"
  | "unknown-field"
  | "malformed"
  | "injection"
  | "deep-nesting"
  | "long-list"
  | "empty";

export const mutations: readonly Mutation[] = [
  "root-type",
  "missing-field",
  "wrong-type",
  "long-string",
  "control-character",
  "control-key",
  "lone-surrogate",
  "huge-number",
  "unknown-field",
  "malformed",
  "injection",
  "deep-nesting",
  "long-list",
  "empty",
];

/**
 * A mutation of `value`, its random choices made with `rng` (numbers in [0, 1)). A mutation of a
 * string takes the `nth` string of the value (round the value's strings), so that a run of them
 * reaches every string field, each on its own (a bad id next to a bad note would hide the note).
 */
export function mutate(value: Json, kind: Mutation, rng: () => number, nth = 0): Json {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const places = placesIn(value);
  const strings = places.filter((p) => typeof p.value === "string");
  const objects = places.filter((p) => p.value && typeof p.value === "object" && !Array.isArray(p.value));
  const arrays = places.filter((p) => Array.isArray(p.value));
  const fields = places.filter((p) => p.path.length > 0);
  const anyPlace = () => pick(places);
  const stringPlace = () => (strings.length > 0 ? strings[nth % strings.length]! : anyPlace());
  const insert = (text: string, piece: string) => {
    const at = Math.floor(rng() * (text.length + 1));
    return text.slice(0, at) + piece + text.slice(at);
  };
  switch (kind) {
    case "root-type":
      return pick(wrongTypes);
    case "missing-field": {
      const removable = fields.filter((p) => typeof p.path[p.path.length - 1] === "string");
      return removable.length > 0 ? setAt(value, pick(removable).path, remove) : undefined;
    }
    case "wrong-type": {
      const place = anyPlace();
      const others = wrongTypes.filter((w) => typeof w !== typeof place.value);
      return setAt(value, place.path, pick(others));
    }
    case "long-string": {
      const place = stringPlace();
      const length = pick([101, 201, 501, 2_001, 4_001, 10_001, 70_000]);
      return setAt(value, place.path, "x".repeat(length));
    }
    case "control-character": {
      const place = stringPlace();
      const text = typeof place.value === "string" ? place.value : "text";
      return setAt(value, place.path, insert(text, pick(controls)));
    }
    case "control-key": {
      if (objects.length === 0) return { [`bad${pick(controls)}key`]: 1 };
      const place = pick(objects);
      return setAt(value, place.path, { ...(place.value as object), [`k${pick(controls)}`]: "v" });
    }
    case "lone-surrogate": {
      const place = stringPlace();
      const text = typeof place.value === "string" ? place.value : "text";
      return setAt(value, place.path, insert(text, pick(loneSurrogates)));
    }
    case "huge-number": {
      const numbers = places.filter((p) => typeof p.value === "number");
      return setAt(value, (numbers.length > 0 ? pick(numbers) : anyPlace()).path, pick(hugeNumbers));
    }
    case "unknown-field": {
      const place = objects.length > 0 ? pick(objects) : { path: [], value: {} };
      const key = pick(["unknownField", "__proto__", "constructor", "providerId", "role", "isAdmin"]);
      return setAt(value, place.path, { ...(place.value as object), [key]: pick(wrongTypes) });
    }
    case "malformed":
      return setAt(value, stringPlace().path, pick(malformed));
    case "injection":
      return setAt(value, stringPlace().path, pick(injections));
    case "deep-nesting":
      return setAt(value, anyPlace().path, nested(pick([50, 500, 3_000])));
    case "long-list": {
      const place = arrays.length > 0 ? pick(arrays) : anyPlace();
      const item = Array.isArray(place.value) && place.value.length > 0 ? place.value[0] : 1;
      return setAt(
        value,
        place.path,
        Array.from({ length: pick([201, 501, 2_000]) }, () => clone(item)),
      );
    }
    case "empty": {
      const place = anyPlace();
      const empty = typeof place.value === "string" ? "" : Array.isArray(place.value) ? [] : {};
      return setAt(value, place.path, empty);
    }
  }
}

/** A deterministic source of numbers in [0, 1) for a seed. */
export function seededRandom(seed: number): () => number {
  const stream = fc.sample(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
    numRuns: 4096,
    seed,
  });
  let i = 0;
  return () => stream[i++ % stream.length]!;
}
