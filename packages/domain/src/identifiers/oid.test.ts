import { Effect, Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import oids from "../../test/fixtures/oids.json" with { type: "json" };
import { ibm137CheckDigit, luhnCheckDigit } from "./checkDigits.ts";
import {
  isValidLearnerOid,
  isValidOrganisationOid,
  isValidStudyRightOid,
  LearnerOid,
  makeLearnerOidSchema,
  parseLearnerOid,
  parseStudyRightOid,
  StudyRightOid,
} from "./oid.ts";

describe("OIDs against the national reference data", () => {
  const learner = oids
    .filter((e) => e.kind === "learner")
    .map((e) => [e.oid, e.valid, e.note ?? ""] as const);
  const studyRight = oids
    .filter((e) => e.kind === "study-right")
    .map((e) => [e.oid, e.valid, e.note ?? ""] as const);

  it.each(learner)("learner %s valid=%s %s", (oid, valid) => {
    expect(isValidLearnerOid(oid)).toBe(valid);
    expect(Schema.is(LearnerOid)(oid)).toBe(valid);
  });

  it.each(studyRight)("study right %s valid=%s %s", (oid, valid) => {
    expect(isValidStudyRightOid(oid)).toBe(valid);
    expect(Schema.is(StudyRightOid)(oid)).toBe(valid);
  });

  it("never takes a study-right OID for a learner OID or the other way round", () => {
    for (const e of oids.filter((x) => x.valid)) {
      if (e.kind === "learner") expect(isValidStudyRightOid(e.oid)).toBe(false);
      else expect(isValidLearnerOid(e.oid)).toBe(false);
    }
  });
});

describe("learner OIDs in test environments", () => {
  const ten = "4465172262";
  const ibm = `1.2.246.562.98.${ten}${ibm137CheckDigit(ten)}`;
  const luhn = `1.2.246.562.198.${ten}${luhnCheckDigit(ten)}`;

  it("are refused by default, with a message that says why", () => {
    expect(isValidLearnerOid(ibm)).toBe(false);
    const error = Effect.runSync(Effect.flip(parseLearnerOid(ibm)));
    expect(error.problem).toBe("test_node_not_allowed");
    expect(error.message).toMatch(/test-environment/);
  });

  it("are accepted when configured, with the configured algorithm", () => {
    expect(isValidLearnerOid(ibm, { allowTestNodes: true })).toBe(true);
    expect(isValidLearnerOid(luhn, { allowTestNodes: true, testNodeAlgorithm: "luhn" })).toBe(true);
    expect(Schema.is(makeLearnerOidSchema({ allowTestNodes: true }))(ibm)).toBe(true);
  });

  it("production node 24 always uses IBM 1-3-7 whatever the test setting", () => {
    expect(
      isValidLearnerOid("1.2.246.562.24.44651722625", { allowTestNodes: true, testNodeAlgorithm: "luhn" }),
    ).toBe(true);
  });
});

describe("organisation OIDs", () => {
  it.each([
    ["1.2.246.562.10.10054425555", true],
    ["1.2.246.562.10.00000000001", true],
    ["1.2.246.562.99.12345678901", true],
    ["1.2.246.562.10.2013102416241359289612", true],
    ["1.2.246.562.24.44651722625", false],
    ["1.2.246.562.10.0123456789", false],
    ["1.2.246.562.10.", false],
  ] as const)("%s valid=%s", (oid, valid) => {
    expect(isValidOrganisationOid(oid)).toBe(valid);
  });
});

describe("OID properties", () => {
  const tenDigits = fc.stringMatching(/^[1-9]\d{9}$/);

  it("exactly one check digit makes a study-right OID valid", () => {
    fc.assert(
      fc.property(tenDigits, (ten) => {
        const valid = Array.from({ length: 10 }, (_, c) => c).filter((c) =>
          isValidStudyRightOid(`1.2.246.562.15.${ten}${c}`),
        );
        expect(valid).toEqual([luhnCheckDigit(ten)]);
      }),
    );
  });

  it("the legacy '10' ending is accepted exactly when the check digit is 0", () => {
    fc.assert(
      fc.property(tenDigits, (ten) => {
        expect(isValidLearnerOid(`1.2.246.562.24.${ten}10`)).toBe(ibm137CheckDigit(ten) === 0);
        expect(isValidStudyRightOid(`1.2.246.562.15.${ten}10`)).toBe(luhnCheckDigit(ten) === 0);
      }),
    );
  });

  it("IBM 1-3-7 catches every single-digit typing error", () => {
    fc.assert(
      fc.property(
        tenDigits,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (ten, pos, delta) => {
          const oid = `${ten}${ibm137CheckDigit(ten)}`;
          const mutated = `${oid.slice(0, pos)}${(Number(oid[pos]) + delta) % 10}${oid.slice(pos + 1)}`;
          expect(isValidLearnerOid(`1.2.246.562.24.${mutated}`)).toBe(false);
        },
      ),
    );
  });

  it("parse succeeds exactly when the predicate holds", () => {
    fc.assert(
      fc.property(tenDigits, fc.integer({ min: 0, max: 9 }), (ten, c) => {
        const oid = `1.2.246.562.15.${ten}${c}`;
        const parsed = Effect.runSync(Effect.result(parseStudyRightOid(oid)));
        expect(parsed._tag === "Success").toBe(isValidStudyRightOid(oid));
      }),
    );
  });
});
