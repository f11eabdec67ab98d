import { Effect } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canChangeStudyRightState,
  changeStudyRightState,
  endedStudyRightStates,
  isActiveStudyRight,
  studyRightStates,
} from "./studyRight.ts";

const state = fc.constantFrom(...studyRightStates);

describe("study-right states", () => {
  it("active means present, on leave or temporarily interrupted", () => {
    expect(studyRightStates.filter(isActiveStudyRight)).toEqual([
      "lasna",
      "valiaikaisestikeskeytynyt",
      "loma",
    ]);
  });

  it("mitatoity is final", () => {
    fc.assert(
      fc.property(state, (to) => {
        expect(canChangeStudyRightState("mitatoity", to)).toBe(false);
      }),
    );
  });

  it("an ended study right can only be voided", () => {
    fc.assert(
      fc.property(fc.constantFrom(...endedStudyRightStates), state, (from, to) => {
        expect(canChangeStudyRightState(from, to)).toBe(to === "mitatoity");
      }),
    );
  });

  it("every state can be voided except mitatoity itself", () => {
    fc.assert(
      fc.property(state, (from) => {
        expect(canChangeStudyRightState(from, "mitatoity")).toBe(from !== "mitatoity");
      }),
    );
  });

  it("no state changes to itself", () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(canChangeStudyRightState(s, s)).toBe(false);
      }),
    );
  });

  it("every state is reachable from lasna", () => {
    const reached = new Set(["lasna"]);
    for (let i = 0; i < studyRightStates.length; i++)
      for (const from of [...reached])
        for (const to of studyRightStates) if (canChangeStudyRightState(from as never, to)) reached.add(to);
    expect([...reached].sort()).toEqual([...studyRightStates].sort());
  });

  it("changeStudyRightState agrees with the table", () => {
    fc.assert(
      fc.property(state, state, (from, to) => {
        const result = Effect.runSync(Effect.result(changeStudyRightState(from, to)));
        expect(result._tag === "Success").toBe(canChangeStudyRightState(from, to));
      }),
    );
  });
});
