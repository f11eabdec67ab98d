import { describe, expect, it } from "vitest";
import { type ChecklistInput, checklistOf, MIN_ANSWERS } from "./vocabulary.ts";

const doneOf = (input: ChecklistInput) => Object.fromEntries(checklistOf(input).map((e) => [e.item, e.done]));

const complete: ChecklistInput = {
  realisticPathsConfirmed: true,
  feedbackCreated: true,
  answers: MIN_ANSWERS,
  partners: [
    { id: "a", roles: ["after_care"], steps: ["kickoff", "agreement", "reward", "closing"] },
    { id: "b", roles: ["informing"], steps: ["agreement", "reward", "closing"] },
  ],
  learners: [
    { continuationPath: "Talousneuvonta", unresolved: 1, consentedPartnerIds: ["a"] },
    { continuationPath: "Työnhaku", unresolved: 0, consentedPartnerIds: [] },
  ],
};

describe("the chapter's checklist", () => {
  it("is all done when everything is recorded", () => {
    expect(Object.values(doneOf(complete)).every(Boolean)).toBe(true);
  });

  it("is nothing done for an empty training", () => {
    const empty = doneOf({
      realisticPathsConfirmed: false,
      feedbackCreated: false,
      answers: 0,
      partners: [],
      learners: [],
    });
    expect(Object.values(empty).some(Boolean)).toBe(false);
  });

  it("names each gap by its item", () => {
    const gaps = doneOf({
      ...complete,
      answers: MIN_ANSWERS - 1,
      partners: [complete.partners[0]!, { id: "b", roles: ["informing"], steps: ["agreement"] }],
      learners: [
        { continuationPath: " ", unresolved: 0, consentedPartnerIds: [] },
        // Something unresolved, shared only with a partner who does not help after the training.
        { continuationPath: "Jatko", unresolved: 2, consentedPartnerIds: ["b"] },
      ],
    });
    expect(gaps).toEqual({
      goal_includes_path: false,
      realistic_path: true,
      partners_committed: true,
      continuation_ensured: false,
      partners_informed: false,
      partners_thanked: false,
    });
  });

  it("wants a partner who helps after the training and every agreement made", () => {
    const noAfterCare = doneOf({
      ...complete,
      partners: [{ id: "b", roles: ["informing"], steps: ["agreement", "reward", "closing"] }],
    });
    expect(noAfterCare.partners_committed).toBe(false);
    const noAgreement = doneOf({
      ...complete,
      partners: [{ id: "a", roles: ["after_care"], steps: ["kickoff", "reward", "closing"] }],
    });
    expect(noAgreement.partners_committed).toBe(false);
  });
});
