import { describe, expect, it } from "vitest";
import { sentenceOf } from "./messages.ts";

describe("sentenceOf", () => {
  it("words Effect's own messages as sentences, without echoing the input", () => {
    expect(sentenceOf("Missing key")).toBe("This field is missing: fill it in.");
    expect(sentenceOf("Expected string, got 42")).toBe("Give text here.");
    expect(sentenceOf('Expected "a" | "b", got "c"')).toBe('Choose one of "a", "b".');
    expect(sentenceOf("Expected string | object, got 3")).toBe("Give a value of the right kind here.");
    expect(sentenceOf("Expected an integer, got 1.5")).toBe("Give a whole number here.");
    expect(sentenceOf("Write the goals.")).toBe("Write the goals.");
    expect(sentenceOf("No trailing stop")).toBe("No trailing stop.");
  });
});
