import { InvalidStepTransition } from "@polku/domain";
import { Data } from "effect";
import { describe, expect, it } from "vitest";
import { wireErrorOf, withField } from "./errors.ts";

class WithEverything extends Data.TaggedError("WithEverything")<{
  readonly count: number;
  readonly names: readonly string[];
  readonly when: Date;
  readonly nested: { readonly a: string; readonly fn: () => void };
  readonly notANumber: number;
}> {}

describe("a tagged failure on the wire", () => {
  it("carries its tag and its own plain fields, also through withField", () => {
    const failure = new InvalidStepTransition({ from: "done", to: "planned" });
    expect(wireErrorOf(failure)).toEqual({
      tag: "InvalidStepTransition",
      fields: { from: "done", to: "planned" },
    });
    expect(wireErrorOf(withField(failure, "status"))).toEqual({
      tag: "InvalidStepTransition",
      fields: { from: "done", to: "planned" },
    });
  });

  it("leaves out what is not a plain value: dates, functions, stacks, causes and NaN", () => {
    const failure = new WithEverything({
      count: 3,
      names: ["a", "b"],
      when: new Date(0),
      nested: { a: "x", fn: () => {} },
      notANumber: Number.NaN,
    });
    expect(wireErrorOf(failure)).toEqual({
      tag: "WithEverything",
      fields: { count: 3, names: ["a", "b"], nested: { a: "x" } },
    });
  });

  it("says nothing of an error that is not tagged", () => {
    expect(wireErrorOf(new Error("boom"))).toBeUndefined();
    expect(wireErrorOf("text")).toBeUndefined();
  });
});
