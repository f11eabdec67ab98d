import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { Organisation } from "./organisation.ts";
import { isRole, Role, roles } from "./roles.ts";
import { SupportTeamMember } from "./supportTeam.ts";

const id = "0b6d4f5e-2c1a-4b7e-9f3a-1d2c3b4a5f60";
const parentId = "7a1e2d3c-4b5a-4f6e-8d7c-9b0a1f2e3d4c";
const decode = (input: unknown) => Schema.decodeUnknownExit(Organisation)(input, { errors: "all" });

describe("Organisation", () => {
  it("a provider with a business ID and OID", () => {
    const exit = decode({
      id,
      kind: "provider",
      name: "Omnia",
      businessId: "0502454-6",
      oid: "1.2.246.562.10.10054425555",
    });
    expect(exit._tag).toBe("Success");
  });

  it("companies, workshops and providers need a business ID", () => {
    for (const kind of ["company", "workshop", "provider"]) {
      const exit = decode({ id, kind, name: "X" });
      expect(exit._tag).toBe("Failure");
      expect(String(exit)).toContain("businessId");
    }
    expect(decode({ id, kind: "partner", name: "Nuorisoseura" })._tag).toBe("Success");
    expect(decode({ id, kind: "higher_education", name: "Centria" })._tag).toBe("Success");
  });

  it("an institution belongs to a provider, and only an institution has a parent", () => {
    expect(decode({ id, kind: "institution", name: "Toimipiste" })._tag).toBe("Failure");
    expect(decode({ id, kind: "institution", name: "Toimipiste", parentId })._tag).toBe("Success");
    expect(decode({ id, kind: "partner", name: "P", parentId })._tag).toBe("Failure");
    expect(decode({ id, kind: "institution", name: "Self", parentId: id })._tag).toBe("Failure");
  });

  it("refuses a wrong business ID and an unknown kind", () => {
    expect(decode({ id, kind: "company", name: "X", businessId: "1234567-8" })._tag).toBe("Failure");
    expect(decode({ id, kind: "ministry", name: "X" })._tag).toBe("Failure");
  });
});

describe("roles and support team", () => {
  it("has the eleven roles", () => {
    expect(roles).toHaveLength(11);
    expect(isRole("funding_negotiator")).toBe(true);
    expect(Schema.is(Role)("admin")).toBe(false);
  });

  it("a support team member's membership cannot end before it starts", () => {
    const member = { id, studentId: parentId, personId: id, role: "mentor", since: "2026-01-10" };
    expect(Schema.is(SupportTeamMember)(member)).toBe(true);
    expect(Schema.is(SupportTeamMember)({ ...member, until: "2026-01-09" })).toBe(false);
    expect(Schema.is(SupportTeamMember)({ ...member, role: "guardian", organisationId: id })).toBe(false);
  });
});
