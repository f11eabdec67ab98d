import { Effect, Schema } from "effect";
import { describe, expect, it } from "vitest";
import small from "../test/fixtures/ehoks/hoks_yksi_tutkinnonosa.json" with { type: "json" };
import * as domain from "./index.ts";

describe("the public API (README example)", () => {
  it("works end to end without a server", () => {
    expect(domain.isValidBusinessId("0201256-6")).toBe(true);
    expect(domain.isValidBusinessId("1234567-8")).toBe(false);
    const student = Schema.decodeUnknownSync(domain.Student)({
      id: "0b6d4f5e-2c1a-4b7e-9f3a-1d2c3b4a5f60",
      providerId: "7a1e2d3c-4b5a-4f6e-8d7c-9b0a1f2e3d4c",
      learnerOid: "1.2.246.562.24.44651722625",
      firstName: "Aino",
      lastName: "Virtanen",
      birthDate: "2009-03-14",
    });
    expect(domain.guardianMaySeeStudent(student.birthDate, "2026-09-01")).toBe(true);

    const program = Effect.gen(function* () {
      const oid = yield* domain.parseLearnerOid("1.2.246.562.24.44651722625");
      const hoks = yield* domain.decodeHoks(small);
      const registry = yield* domain.makeStepKindRegistry([
        ...domain.coreStepKinds,
        {
          id: "work-trial",
          phase: "continuation",
          title: { fi: "Työkokeilu", sv: "Arbetsprövning", en: "Work trial" },
        },
      ]);
      const status = yield* domain.transitionStep("planned", "in_progress");
      return {
        oid,
        units: hoks["hankittavat-ammat-tutkinnon-osat"]?.length,
        kinds: registry.all().length,
        status,
      };
    });
    expect(Effect.runSync(program)).toEqual({
      oid: "1.2.246.562.24.44651722625",
      units: 1,
      kinds: domain.coreStepKinds.length + 1,
      status: "in_progress",
    });
    expect(domain.countsAsPlaced({ kind: "employed", employmentMonths: 3 })).toBe(true);
  });

  it("exports the names the API and database rely on", () => {
    const names = [
      "roles",
      "Role",
      "organisationKinds",
      "OrganisationKind",
      "Organisation",
      "BusinessId",
      "isValidBusinessId",
      "parseBusinessId",
      "LearnerOid",
      "isValidLearnerOid",
      "parseLearnerOid",
      "StudyRightOid",
      "isValidStudyRightOid",
      "parseStudyRightOid",
      "OrganisationOid",
      "Student",
      "ageOn",
      "isMinor",
      "studyRightStates",
      "StudyRightState",
      "StudyRight",
      "isActiveStudyRight",
      "canChangeStudyRightState",
      "Guardian",
      "guardianMaySeeStudent",
      "HoksDocument",
      "decodeHoks",
      "pathwayPhases",
      "PathwayPhase",
      "coreStepKinds",
      "makeStepKindRegistry",
      "stepStatuses",
      "StepStatus",
      "canTransitionStep",
      "transitionStep",
      "canMovePhase",
      "movePhase",
      "supportTeamRoles",
      "SupportTeamMember",
      "outcomeKinds",
      "OutcomeKind",
      "Outcome",
      "countsAsPlaced",
      "GrantScope",
      "isGrantActive",
      "InvalidBusinessId",
      "InvalidOid",
      "InvalidStepTransition",
      "InvalidPhaseTransition",
      "DuplicateStepKind",
      "HoksDecodeError",
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
  });
});
