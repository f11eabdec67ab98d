import { Effect, Exit, Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import ytunnus from "../../test/fixtures/ytunnus.json" with { type: "json" };
import { BusinessId, isValidBusinessId, parseBusinessId } from "./businessId.ts";
import { businessIdCheckDigit } from "./checkDigits.ts";

describe("business ID (Y-tunnus) against the national reference data", () => {
  it.each(ytunnus.map((e) => [e.ytunnus, e.valid] as const))("%j valid=%s", (input, valid) => {
    expect(isValidBusinessId(input)).toBe(valid);
    expect(Schema.is(BusinessId)(input)).toBe(valid);
  });
});

describe("parseBusinessId", () => {
  it("succeeds with the branded value", () => {
    expect(Effect.runSync(parseBusinessId("0201256-6"))).toBe("0201256-6");
  });

  it("names the expected check digit on a mismatch", () => {
    const exit = Effect.runSyncExit(Effect.flip(parseBusinessId("1234567-8")));
    const error = Exit.isSuccess(exit) ? exit.value : undefined;
    expect(error?._tag).toBe("InvalidBusinessId");
    expect(error?.problem).toBe("check_digit");
    expect(error?.expectedCheckDigit).toBe(1);
    expect(error?.message).toContain("call for 1");
  });

  it("says when no check digit can fit (r = 1)", () => {
    const error = Effect.runSync(Effect.flip(parseBusinessId("1234568-0")));
    expect(error.problem).toBe("no_valid_check_digit");
  });

  it("reports a format problem with an example", () => {
    const error = Effect.runSync(Effect.flip(parseBusinessId("201256-6")));
    expect(error.problem).toBe("format");
    expect(error.message).toMatch(/seven digits/);
  });
});

describe("business ID properties", () => {
  const sevenDigits = fc.stringMatching(/^\d{7}$/);

  it("exactly one check digit is valid, unless the remainder is 1 and none is", () => {
    fc.assert(
      fc.property(sevenDigits, (digits) => {
        const valid = Array.from({ length: 10 }, (_, c) => c).filter((c) =>
          isValidBusinessId(`${digits}-${c}`),
        );
        const expected = businessIdCheckDigit(digits);
        expect(valid).toEqual(expected === undefined ? [] : [expected]);
      }),
    );
  });

  it("any change of one digit breaks a valid ID", () => {
    const validId = sevenDigits
      .filter((d) => businessIdCheckDigit(d) !== undefined)
      .map((d) => `${d}-${businessIdCheckDigit(d)}`);
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (id, pos, delta) => {
          const changed = (Number(id[pos]) + delta) % 10;
          const mutated = `${id.slice(0, pos)}${changed}${id.slice(pos + 1)}`;
          expect(isValidBusinessId(mutated)).toBe(false);
        },
      ),
    );
  });
});
