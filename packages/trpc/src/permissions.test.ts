import { InvalidStepTransition, transitionStep } from "@polku/domain";
import { describe, expect, it } from "vitest";
import { runDomain } from "./domain.ts";
import { domainErrorToTrpc } from "./errors.ts";
import { corePermissions, makeAuthority } from "./permissions.ts";

describe("makeAuthority", () => {
  const authority = makeAuthority(corePermissions, { "handover.create": ["tutor"] });

  it("allows a role exactly the actions granted to it", () => {
    expect(authority.can("tutor", "handover.create")).toBe(true);
    expect(authority.can("workshop_coach", "handover.create")).toBe(false);
    expect(authority.can("tutor", "no.such.action")).toBe(false);
  });

  it("refuses a plugin that redefines an action of the core", () => {
    expect(() => makeAuthority(corePermissions, { "student.read": ["company_contact"] })).toThrow(
      /"student.read" is defined twice/,
    );
  });
});

describe("domain failures", () => {
  it("are thrown as the tagged value and become BAD_REQUEST with the domain's message", () => {
    let caught: unknown;
    try {
      runDomain(transitionStep("done", "planned"));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidStepTransition);
    const trpc = domainErrorToTrpc(caught as InvalidStepTransition);
    expect(trpc.code).toBe("BAD_REQUEST");
    expect(trpc.message).toBe((caught as InvalidStepTransition).message);
  });
});
