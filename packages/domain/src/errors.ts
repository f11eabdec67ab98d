/**
 * Domain failures as tagged errors. Each `message` tells a person what is wrong and what to do;
 * the portal translates by `_tag` and reads the structured fields, never by parsing the message.
 */
import { Data } from "effect";

export type BusinessIdProblem = "format" | "check_digit" | "no_valid_check_digit";

export class InvalidBusinessId extends Data.TaggedError("InvalidBusinessId")<{
  readonly input: string;
  readonly problem: BusinessIdProblem;
  /** The check digit the seven digits call for, when one exists. */
  readonly expectedCheckDigit?: number;
}> {
  /** @messages (each returned sentence is translated: extract-messages.ts) */
  override get message(): string {
    switch (this.problem) {
      case "format":
        return `"${this.input}" is not a Finnish business ID (Y-tunnus): write it as seven digits, a hyphen and a check digit, e.g. 0201256-6.`;
      case "no_valid_check_digit":
        return `"${this.input}" cannot be a Finnish business ID (Y-tunnus): no check digit fits its first seven digits. Check the digits against the trade register (ytj.fi).`;
      default:
        return this.expectedCheckDigit === undefined
          ? `"${this.input}" has the wrong check digit for a Finnish business ID (Y-tunnus). Check for a typing error against the trade register (ytj.fi).`
          : `"${this.input}" has the wrong check digit for a Finnish business ID (Y-tunnus): the first seven digits call for ${this.expectedCheckDigit}. Check for a typing error against the trade register (ytj.fi).`;
    }
  }
}

export type OidKind = "learner" | "study_right" | "organisation";
export type OidProblem = "format" | "node" | "check_digit" | "test_node_not_allowed";

/** @messages */
const oidKindName: Record<OidKind, string> = {
  learner: "learner (oppija) OID",
  study_right: "study-right (opiskeluoikeus) OID",
  organisation: "organisation OID",
};

const oidExample: Record<OidKind, string> = {
  learner: "1.2.246.562.24.44651722625",
  study_right: "1.2.246.562.15.76811932078",
  organisation: "1.2.246.562.10.10054425555",
};

export class InvalidOid extends Data.TaggedError("InvalidOid")<{
  readonly input: string;
  readonly kind: OidKind;
  readonly problem: OidProblem;
}> {
  /** @messages (each returned sentence is translated: extract-messages.ts) */
  override get message(): string {
    const name = oidKindName[this.kind];
    switch (this.problem) {
      case "format":
        return `"${this.input}" is not a ${name}: expected the form ${oidExample[this.kind]} (ten digits not starting with 0, then a check digit).`;
      case "node":
        return `"${this.input}" is not a ${name}: its node (the fifth number) belongs to another kind of identifier. Check that the right OID was copied into this field.`;
      case "check_digit":
        return `"${this.input}" is not a valid ${name}: the check digit does not match. Copy the OID again from Opintopolku or KOSKI.`;
      default:
        return `"${this.input}" is a test-environment ${name}; this deployment accepts production OIDs only. Use the learner's real OID.`;
    }
  }
}

export class InvalidStepTransition extends Data.TaggedError("InvalidStepTransition")<{
  readonly from: string;
  readonly to: string;
}> {
  /** @messages (each returned sentence is translated: extract-messages.ts) */
  override get message(): string {
    if (this.from === "done")
      return `This step is already done and cannot change to "${this.to}". Add a new step instead.`;
    if (this.from === "cancelled")
      return `This step is already cancelled and cannot change to "${this.to}". Add a new step instead.`;
    return `A step cannot go from "${this.from}" to "${this.to}". Allowed: planned -> in_progress, done or cancelled; in_progress -> done or cancelled.`;
  }
}

export class InvalidPhaseTransition extends Data.TaggedError("InvalidPhaseTransition")<{
  readonly from: string;
  readonly to: string;
}> {
  /** @messages (each returned sentence is translated: extract-messages.ts) */
  override get message(): string {
    return `A pathway cannot move from phase "${this.from}" back to "${this.to}". Phases move forward; the only steps back are to studies or work-life learning (from later phases before the outcome) and from outcome to continuation.`;
  }
}

export class InvalidStudyRightTransition extends Data.TaggedError("InvalidStudyRightTransition")<{
  readonly from: string;
  readonly to: string;
}> {
  /** @messages (each returned sentence is translated: extract-messages.ts) */
  override get message(): string {
    return `A study right in state "${this.from}" cannot change to "${this.to}". An ended study right can only be voided (mitatoity); a returning student needs a new study right in KOSKI.`;
  }
}

export class DuplicateStepKind extends Data.TaggedError("DuplicateStepKind")<{
  readonly id: string;
}> {
  override get message(): string {
    return `The step kind "${this.id}" is registered twice. Give the plugin's step kind its own id (e.g. prefix it with the practice's name).`;
  }
}

export class InvalidStepKind extends Data.TaggedError("InvalidStepKind")<{
  readonly id: string;
  readonly problems: ReadonlyArray<string>;
}> {
  override get message(): string {
    return `The step kind "${this.id}" is not valid: ${this.problems.join("; ")}.`;
  }
}

/** One problem in an imported document, at a path such as `hankittavat-ammat-tutkinnon-osat[0].alku`. */
export interface DecodeProblem {
  readonly path: string;
  readonly message: string;
  /** "unknown_key" for a key the schema does not model; "invalid" for everything else. */
  readonly kind: "invalid" | "unknown_key";
}

export class HoksDecodeError extends Data.TaggedError("HoksDecodeError")<{
  readonly problems: ReadonlyArray<DecodeProblem>;
}> {
  override get message(): string {
    const lines = this.problems.map((p) => `- ${p.path === "" ? "(document)" : p.path}: ${p.message}`);
    return this.problems.length === 1
      ? `The HOKS document has 1 problem; fix it in the source system and import again:\n${lines.join("\n")}`
      : `The HOKS document has ${this.problems.length} problems; fix them in the source system and import again:\n${lines.join("\n")}`;
  }
}

/** A qualification requirements file (ePerusteet extract) that cannot be loaded: nothing of it is. */
export class InvalidQualificationRequirements extends Data.TaggedError("InvalidQualificationRequirements")<{
  readonly problems: ReadonlyArray<DecodeProblem>;
}> {
  override get message(): string {
    const lines = this.problems.map((p) => `- ${p.path === "" ? "(file)" : p.path}: ${p.message}`);
    return this.problems.length === 1
      ? `The qualification requirements file has 1 problem; nothing was loaded:\n${lines.join("\n")}`
      : `The qualification requirements file has ${this.problems.length} problems; nothing was loaded:\n${lines.join("\n")}`;
  }
}

/** A share agreement that does not decode or does not hold together; one problem per field. */
export class InvalidShareAgreement extends Data.TaggedError("InvalidShareAgreement")<{
  readonly problems: ReadonlyArray<DecodeProblem>;
}> {
  override get message(): string {
    const lines = this.problems.map((p) => `- ${p.path === "" ? "(agreement)" : p.path}: ${p.message}`);
    return this.problems.length === 1
      ? `The share agreement has 1 problem; fix it and save it again:\n${lines.join("\n")}`
      : `The share agreement has ${this.problems.length} problems; fix them and save it again:\n${lines.join("\n")}`;
  }
}
