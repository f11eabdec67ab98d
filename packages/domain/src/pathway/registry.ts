/** The step kinds a deployment knows: the core ones plus those its plugins add. */
import { Effect } from "effect";
import { DuplicateStepKind, InvalidStepKind } from "../errors.ts";
import { type PathwayPhase, pathwayPhases } from "./phases.ts";
import type { StepKind } from "./stepKinds.ts";

export interface StepKindRegistry {
  readonly get: (id: string) => StepKind | undefined;
  readonly has: (id: string) => boolean;
  /** All kinds, in the order they were registered. */
  readonly all: () => ReadonlyArray<StepKind>;
  /** The kinds of one phase, in the order they were registered. */
  readonly byPhase: (phase: PathwayPhase) => ReadonlyArray<StepKind>;
}

const kebabCase = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const stepKindProblems = (kind: StepKind): ReadonlyArray<string> => {
  const problems: Array<string> = [];
  if (!kebabCase.test(kind.id)) problems.push("the id must be kebab-case, e.g. work-trial");
  if (!(pathwayPhases as ReadonlyArray<string>).includes(kind.phase)) {
    problems.push(`the phase must be one of ${pathwayPhases.join(", ")}`);
  }
  for (const lang of ["fi", "sv", "en"] as const) {
    const text = kind.title?.[lang];
    if (typeof text !== "string" || text.trim() === "") problems.push(`the ${lang} title is missing`);
  }
  return problems;
};

/** Builds a registry; fails on the first invalid or duplicate kind, naming it. */
export const makeStepKindRegistry = (
  kinds: ReadonlyArray<StepKind>,
): Effect.Effect<StepKindRegistry, DuplicateStepKind | InvalidStepKind> =>
  Effect.gen(function* () {
    const byId = new Map<string, StepKind>();
    for (const kind of kinds) {
      const problems = stepKindProblems(kind);
      if (problems.length > 0) return yield* new InvalidStepKind({ id: String(kind.id), problems });
      if (byId.has(kind.id)) return yield* new DuplicateStepKind({ id: kind.id });
      byId.set(kind.id, Object.freeze({ ...kind, title: Object.freeze({ ...kind.title }) }));
    }
    const all = Object.freeze([...byId.values()]);
    return {
      get: (id) => byId.get(id),
      has: (id) => byId.has(id),
      all: () => all,
      byPhase: (phase) => all.filter((k) => k.phase === phase),
    };
  });

/** A new registry with `kinds` added after the existing ones (the existing registry is unchanged). */
export const extendStepKindRegistry = (
  registry: StepKindRegistry,
  kinds: ReadonlyArray<StepKind>,
): Effect.Effect<StepKindRegistry, DuplicateStepKind | InvalidStepKind> =>
  makeStepKindRegistry([...registry.all(), ...kinds]);
