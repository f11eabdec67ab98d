import type { GraduatePath } from "@polku/domain/funding";
import { describe, expect, it } from "vitest";
import { namesOfGraduates } from "./funding-graduates.ts";

const provider = { id: "p", role: "provider" as const };
const path = (studentId: string, graduatedOn: string, hours: number): GraduatePath => ({
  provider,
  graduate: { studentId, providerId: "p", graduatedOn, employedBeforeTraining: false, outcomes: [] },
  steps: [
    {
      kind: "work-trial",
      status: "done",
      contributor: { id: "w", role: "workshop" },
      startsOn: "2025-06-01",
      hours,
    },
  ],
});

describe("namesOfGraduates", () => {
  it("names a readable graduate whose facts are one pseudonymous graduate's, and no one else", () => {
    const pseudonymous = [
      path("S-a", "2025-05-31", 10),
      path("S-b", "2025-05-31", 20),
      path("S-c", "2024-05-31", 10),
    ];
    const readable = {
      paths: [path("id-2", "2025-05-31", 20), path("id-9", "2023-05-31", 5)],
      names: new Map([
        ["id-2", "Aino Aalto"],
        ["id-9", "Eino Eskola"],
      ]),
    };
    // id-2 is S-b; id-9 is in no pseudonymous read (e.g. granted, but the partner took no part).
    expect(namesOfGraduates(pseudonymous, readable)).toEqual(new Map([["S-b", "Aino Aalto"]]));
  });

  it("names no one whose facts another graduate shares, rather than name the wrong line", () => {
    const pseudonymous = [path("S-a", "2025-05-31", 10), path("S-b", "2025-05-31", 10)];
    const one = { paths: [path("id-1", "2025-05-31", 10)], names: new Map([["id-1", "Aino Aalto"]]) };
    expect(namesOfGraduates(pseudonymous, one).size).toBe(0);
    const two = {
      paths: [path("id-1", "2025-05-31", 10), path("id-2", "2025-05-31", 10)],
      names: new Map([
        ["id-1", "Aino Aalto"],
        ["id-2", "Eino Eskola"],
      ]),
    };
    expect(namesOfGraduates([path("S-a", "2025-05-31", 10)], two).size).toBe(0);
  });

  it("does not name a graduate whose readable path is partial (a grant that does not open the steps)", () => {
    const partial = { ...path("id-1", "2025-05-31", 10), steps: [] };
    expect(
      namesOfGraduates([path("S-a", "2025-05-31", 10)], {
        paths: [partial],
        names: new Map([["id-1", "A A"]]),
      }).size,
    ).toBe(0);
  });
});
