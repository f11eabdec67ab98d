import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Grant, isGrantActive } from "./grant.ts";

const grant = { validFrom: "2026-01-01T00:00:00Z", validUntil: "2026-07-01T00:00:00Z" };

describe("isGrantActive", () => {
  it("includes the start and excludes the end", () => {
    expect(isGrantActive(grant, "2025-12-31T23:59:59Z")).toBe(false);
    expect(isGrantActive(grant, "2026-01-01T00:00:00Z")).toBe(true);
    expect(isGrantActive(grant, new Date("2026-06-30T23:59:59Z"))).toBe(true);
    expect(isGrantActive(grant, "2026-07-01T00:00:00Z")).toBe(false);
  });

  it("stops at the moment of revocation", () => {
    const revoked = { ...grant, revokedAt: new Date("2026-03-01T12:00:00Z") };
    expect(isGrantActive(revoked, "2026-03-01T11:59:59Z")).toBe(true);
    expect(isGrantActive(revoked, "2026-03-01T12:00:00Z")).toBe(false);
    expect(isGrantActive({ ...grant, revokedAt: null }, "2026-03-01T12:00:00Z")).toBe(true);
  });

  it("an invalid time is never active", () => {
    expect(isGrantActive(grant, "not a time")).toBe(false);
  });

  it("active exactly inside [from, until) and before revocation", () => {
    const t = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(t, t, t, fc.option(t, { nil: undefined }), (from, span, now, revoke) => {
        const g = {
          validFrom: new Date(from),
          validUntil: new Date(from + span),
          revokedAt: revoke === undefined ? undefined : new Date(revoke),
        };
        const expected = from <= now && now < from + span && (revoke === undefined || now < revoke);
        expect(isGrantActive(g, new Date(now))).toBe(expected);
      }),
    );
  });
});

describe("Grant schema", () => {
  const base = {
    id: "0b6d4f5e-2c1a-4b7e-9f3a-1d2c3b4a5f60",
    studentId: "7a1e2d3c-4b5a-4f6e-8d7c-9b0a1f2e3d4c",
    granteeOrganisationId: "3c2b1a09-8f7e-4d6c-9b5a-493827160504",
    scope: "handover",
    ...grant,
  };
  it("accepts a grant and refuses one that ends before it starts or has an unknown scope", () => {
    expect(Schema.is(Grant)(base)).toBe(true);
    expect(Schema.is(Grant)({ ...base, validUntil: "2025-01-01T00:00:00Z" })).toBe(false);
    expect(Schema.is(Grant)({ ...base, scope: "everything" })).toBe(false);
  });
});
