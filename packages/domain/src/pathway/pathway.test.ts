import { Effect, type Result } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InvalidStepTransition } from "../errors.ts";
import { canMovePhase, movePhase, type PathwayPhase, pathwayPhases, phaseIndex } from "./phases.ts";
import { extendStepKindRegistry, makeStepKindRegistry } from "./registry.ts";
import { coreStepKinds, type StepKind } from "./stepKinds.ts";
import {
  canTransitionStep,
  isFinalStepStatus,
  type StepStatus,
  stepStatuses,
  transitionStep,
} from "./stepStatus.ts";

const status = fc.constantFrom(...stepStatuses);
const phase = fc.constantFrom(...pathwayPhases);

const reachableFrom = <S extends string>(
  start: S,
  all: ReadonlyArray<S>,
  can: (a: S, b: S) => boolean,
): Set<S> => {
  const seen = new Set<S>([start]);
  const queue: Array<S> = [start];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const to of all)
      if (can(from, to) && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
  }
  return seen;
};

describe("step status", () => {
  it("no transition out of a final status", () => {
    fc.assert(
      fc.property(fc.constantFrom<StepStatus>("done", "cancelled"), status, (from, to) => {
        expect(canTransitionStep(from, to)).toBe(false);
        expect(isFinalStepStatus(from)).toBe(true);
      }),
    );
  });

  it("every status is reachable from planned, and nothing leads back to planned", () => {
    expect([...reachableFrom("planned", stepStatuses, canTransitionStep)].sort()).toEqual(
      [...stepStatuses].sort(),
    );
    fc.assert(
      fc.property(status, (from) => {
        expect(canTransitionStep(from, "planned")).toBe(false);
      }),
    );
  });

  it("every status can reach a final status", () => {
    fc.assert(
      fc.property(status, (from) => {
        const reach = reachableFrom(from, stepStatuses, canTransitionStep);
        expect([...reach].some(isFinalStepStatus)).toBe(true);
      }),
    );
  });

  it("any sequence of accepted transitions is finite (at most 2 moves)", () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 10 }), (targets) => {
        let current: StepStatus = "planned";
        let moves = 0;
        for (const to of targets) {
          const from: StepStatus = current;
          const result: Result.Result<StepStatus, InvalidStepTransition> = Effect.runSync(
            Effect.result(transitionStep(from, to)),
          );
          if (result._tag === "Success") {
            current = result.success;
            moves++;
          } else expect(result.failure._tag).toBe("InvalidStepTransition");
        }
        expect(moves).toBeLessThanOrEqual(2);
      }),
    );
  });

  it("the error message says what to do", () => {
    const error = Effect.runSync(Effect.flip(transitionStep("done", "in_progress")));
    expect(error.message).toMatch(/Add a new step/);
  });
});

describe("pathway phases", () => {
  it("every forward move is allowed", () => {
    fc.assert(
      fc.property(phase, phase, (a, b) => {
        if (phaseIndex(b) > phaseIndex(a)) expect(canMovePhase(a, b)).toBe(true);
      }),
    );
  });

  it("back moves go only to studies, work-life learning or (from outcome) continuation", () => {
    fc.assert(
      fc.property(phase, phase, (a, b) => {
        if (phaseIndex(b) <= phaseIndex(a) && canMovePhase(a, b)) {
          expect(["studies", "work_life_learning", "continuation"]).toContain(b);
          if (b === "continuation") expect(a).toBe("outcome");
        }
      }),
    );
  });

  it("onboarding is never re-entered and no phase moves to itself", () => {
    fc.assert(
      fc.property(phase, (a) => {
        expect(canMovePhase(a, "onboarding")).toBe(false);
        expect(canMovePhase(a, a)).toBe(false);
      }),
    );
  });

  it("the outcome can be reached from every phase", () => {
    for (const p of pathwayPhases) expect(canMovePhase(p, "outcome") || p === "outcome").toBe(true);
  });

  it("a continuation student may return to studies; an outcome may not jump to studies", () => {
    expect(Effect.runSync(movePhase("continuation", "studies"))).toBe("studies");
    const error = Effect.runSync(Effect.flip(movePhase("outcome", "studies")));
    expect(error._tag).toBe("InvalidPhaseTransition");
  });

  it("any accepted walk keeps the phase inside the list", () => {
    fc.assert(
      fc.property(fc.array(phase, { maxLength: 20 }), (targets) => {
        let current: PathwayPhase = "onboarding";
        for (const to of targets) current = canMovePhase(current, to) ? to : current;
        expect(pathwayPhases).toContain(current);
      }),
    );
  });
});

describe("step kind registry", () => {
  const continuationPlugin: ReadonlyArray<StepKind> = [
    {
      id: "competence-mapping",
      phase: "continuation",
      title: { fi: "Osaamiskartoitus", sv: "Kompetenskartläggning", en: "Competence mapping" },
    },
    {
      id: "work-trial",
      phase: "continuation",
      title: { fi: "Työkokeilu", sv: "Arbetsprövning", en: "Work trial" },
    },
    {
      id: "wage-subsidised-work",
      phase: "continuation",
      title: { fi: "Palkkatuettu työ", sv: "Lönesubventionerat arbete", en: "Wage-subsidised work" },
    },
    {
      id: "job-placement",
      phase: "continuation",
      title: { fi: "Työnvälitys", sv: "Arbetsförmedling", en: "Job placement" },
    },
  ];

  it("holds the core kinds", () => {
    const registry = Effect.runSync(makeStepKindRegistry(coreStepKinds));
    expect(registry.has("initial-interview")).toBe(true);
    expect(registry.get("outcome-recorded")?.terminal).toBe(true);
    expect(registry.all()).toHaveLength(coreStepKinds.length);
    for (const k of coreStepKinds) expect(registry.byPhase(k.phase)).toContainEqual(k);
  });

  it("a plugin extends it, in phase order of registration", () => {
    const core = Effect.runSync(makeStepKindRegistry(coreStepKinds));
    const registry = Effect.runSync(extendStepKindRegistry(core, continuationPlugin));
    expect(registry.byPhase("continuation").map((k) => k.id)).toEqual([
      "handover",
      "follow-up",
      "competence-mapping",
      "work-trial",
      "wage-subsidised-work",
      "job-placement",
    ]);
    expect(core.has("work-trial")).toBe(false);
  });

  it("refuses a duplicate id, naming it", () => {
    const error = Effect.runSync(Effect.flip(makeStepKindRegistry([...coreStepKinds, coreStepKinds[0]!])));
    expect(error._tag).toBe("DuplicateStepKind");
    expect(error.message).toContain("initial-interview");
  });

  it("refuses an invalid kind with every problem", () => {
    const bad = {
      id: "Work_Trial",
      phase: "later",
      title: { fi: "", sv: "x", en: "x" },
    } as unknown as StepKind;
    const error = Effect.runSync(Effect.flip(makeStepKindRegistry([bad])));
    expect(error._tag).toBe("InvalidStepKind");
    if (error._tag === "InvalidStepKind") expect(error.problems).toHaveLength(3);
  });

  it("any set of distinct valid kinds registers, and all() keeps their order", () => {
    const kind = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,2}$/),
      phase,
      title: fc.record({ fi: fc.constant("a"), sv: fc.constant("b"), en: fc.constant("c") }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(kind, { selector: (k) => k.id, maxLength: 20 }), (kinds) => {
        const registry = Effect.runSync(makeStepKindRegistry(kinds));
        expect(registry.all().map((k) => k.id)).toEqual(kinds.map((k) => k.id));
      }),
    );
  });
});
