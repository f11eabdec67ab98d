import { Effect, Result } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noteVisibilities, referralStatuses, roles } from "../vocabulary.ts";
import {
  canTransitionReferral,
  checkNoteVisibility,
  checkSessionParticipants,
  noteVisibilitiesFor,
  transitionReferral,
} from "./rules.ts";

const ok = <A, E>(effect: Effect.Effect<A, E>) => Result.isSuccess(Effect.runSync(Effect.result(effect)));
const failure = <A, E>(effect: Effect.Effect<A, E>) => {
  const result = Effect.runSync(Effect.result(effect));
  return Result.isFailure(result) ? result.failure : undefined;
};

describe("note visibility", () => {
  it("lets only welfare staff write welfare notes, for every role", () => {
    fc.assert(
      fc.property(fc.constantFrom(...roles), fc.constantFrom(...noteVisibilities), (role, visibility) => {
        const allowed = ok(checkNoteVisibility(role, visibility));
        expect(allowed).toBe(noteVisibilitiesFor(role).includes(visibility));
        if (visibility === "welfare") expect(allowed).toBe(role === "welfare");
      }),
    );
  });

  it("gives tutors and teachers team and staff notes, students and partners none", () => {
    expect(noteVisibilitiesFor("tutor")).toEqual(["team", "staff"]);
    expect(noteVisibilitiesFor("welfare")).toEqual(["team", "staff", "welfare"]);
    expect(noteVisibilitiesFor("student")).toEqual([]);
    expect(noteVisibilitiesFor("workshop_coach")).toEqual([]);
    const refused = failure(checkNoteVisibility("tutor", "welfare"));
    expect(refused?._tag).toBe("Forbidden");
    expect(refused?.message).toMatch(/^visibility: only student-welfare staff/);
  });
});

describe("session participants", () => {
  it.each([
    ["individual", 1, false, true],
    ["individual", 0, false, false],
    ["individual", 2, false, false],
    ["individual", 1, true, false],
    ["group", 0, true, true],
    ["group", 3, false, true],
    ["group", 0, false, false],
    ["community", 0, false, true],
  ] as const)("%s with %i students, group %s: %s", (kind, students, hasGroup, expected) => {
    expect(ok(checkSessionParticipants(kind, students, hasGroup))).toBe(expected);
  });

  it("names the field to fix", () => {
    expect(failure(checkSessionParticipants("individual", 0, false))?.message).toMatch(/^studentIds: /);
    expect(failure(checkSessionParticipants("individual", 1, true))?.message).toMatch(/^groupId: /);
  });
});

describe("referral status", () => {
  const status = fc.constantFrom(...referralStatuses);

  it("never leaves closed, and never goes back to open", () => {
    fc.assert(
      fc.property(status, (to) => {
        expect(ok(transitionReferral("closed", to))).toBe(false);
        expect(canTransitionReferral("in_progress", "open")).toBe(false);
      }),
    );
  });

  it("allows open -> in_progress -> closed and open -> closed, and a note update in place", () => {
    expect(ok(transitionReferral("open", "in_progress"))).toBe(true);
    expect(ok(transitionReferral("in_progress", "closed"))).toBe(true);
    expect(ok(transitionReferral("open", "closed"))).toBe(true);
    expect(ok(transitionReferral("in_progress", "in_progress"))).toBe(true);
    expect(failure(transitionReferral("closed", "open"))?.message).toMatch(
      /^status: this referral is closed/,
    );
  });

  it("reaches closed from every status", () => {
    fc.assert(
      fc.property(status, (from) => {
        expect(from === "closed" || canTransitionReferral(from, "closed")).toBe(true);
      }),
    );
  });
});
