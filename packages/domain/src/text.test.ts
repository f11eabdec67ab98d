import { Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MultiLineText, printableKey, SingleLineText, textIssuesIn, textProblem } from "./text.ts";

const issuesOf = (schema: Schema.Decoder<unknown>, value: unknown) => {
  const result = Schema.decodeUnknownExit(schema)(value, { errors: "all" });
  return result._tag === "Success" ? [] : [String(result.cause)];
};

describe("SingleLineText", () => {
  const Title = SingleLineText(20);

  it("takes ordinary text, also with accents, emoji and other scripts", () => {
    for (const text of ["", "Ryhmäytyspäivä", "Åsa Öberg", "👩🏽‍🏫 opettaja", "Привет", "a  b"]) {
      expect(Schema.decodeUnknownSync(Title)(text)).toBe(text);
    }
  });

  it("refuses NUL, line breaks, tabs, DEL and C1 controls, naming the character and its place", () => {
    expect(textProblem("ab\u0000c", "single-line")).toBe(
      "This text holds an invisible control character (U+0000) at character 3, which cannot be saved: remove it (it often comes with pasted text) and try again.",
    );
    expect(textProblem("one\ntwo", "single-line")).toBe(
      "This text holds a line break at character 4: write it on one line.",
    );
    expect(textProblem("a\tb", "single-line")).toMatch(/tab at character 2/);
    expect(textProblem("x\u007f", "single-line")).toMatch(/U\+007F/);
    expect(textProblem("x\u0085", "single-line")).toMatch(/U\+0085/);
    for (const bad of ["a\u0000", "a\r\nb", "\u001b[31m", "a\u007f"]) {
      expect(() => Schema.decodeUnknownSync(Title)(bad)).toThrow(/This text holds/);
    }
  });

  it("refuses half of a surrogate pair, which cannot be stored as JSON", () => {
    expect(textProblem("a\ud83d", "single-line")).toMatch(/broken character at character 2/);
    expect(textProblem("\ude00b", "single-line")).toMatch(/broken character at character 1/);
    expect(textProblem("😀", "single-line")).toBeUndefined();
  });

  it("refuses a text over the maximum length with a sentence that says the maximum", () => {
    expect(() => Schema.decodeUnknownSync(Title)("x".repeat(21))).toThrow(
      "This text is too long: keep it to 20 characters at most.",
    );
    expect(Schema.decodeUnknownSync(Title)("x".repeat(20))).toHaveLength(20);
  });

  it("reports a bad character and a bad length together", () => {
    const [issue] = issuesOf(Title, `${"x".repeat(21)}\u0000`);
    expect(issue).toMatch(/control character/);
    expect(issue).toMatch(/too long/);
  });

  it("refuses non-strings and a maximum that is not a length", () => {
    expect(() => Schema.decodeUnknownSync(Title)(42)).toThrow();
    expect(() => SingleLineText(0)).toThrow(RangeError);
    expect(() => SingleLineText(1.5)).toThrow(RangeError);
  });

  it("never accepts a control character, whatever surrounds it (property)", () => {
    const decode = Schema.decodeUnknownExit(SingleLineText(200));
    const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), control, fc.string({ maxLength: 50 }), (a, c, b) => {
        expect(decode(`${a}${c}${b}`)._tag).toBe("Failure");
      }),
    );
  });
});

describe("MultiLineText", () => {
  const Note = MultiLineText(100);

  it("keeps line breaks (LF, CRLF, CR) and tabs", () => {
    for (const text of ["one\ntwo", "one\r\ntwo\r\n", "old\rmac", "a\tb", "\n\n"]) {
      expect(Schema.decodeUnknownSync(Note)(text)).toBe(text);
    }
  });

  it("refuses the other control characters", () => {
    for (const bad of [
      "a\u0000b",
      "bell\u0007",
      "\u000bvertical tab",
      "form\u000cfeed",
      "esc\u001b",
      "\u0085",
    ]) {
      expect(() => Schema.decodeUnknownSync(Note)(bad)).toThrow(/control character/);
    }
  });

  it("bounds the length, with the field's own sentence when it has one", () => {
    expect(() =>
      Schema.decodeUnknownSync(MultiLineText(3, { tooLong: "A lesson is short." }))("abcd"),
    ).toThrow("A lesson is short.");
    expect(() => Schema.decodeUnknownSync(Note)("x".repeat(101))).toThrow(/100 characters at most/);
  });
});

describe("textIssuesIn", () => {
  it("finds every bad string of a value with its path, keys included", () => {
    const value = {
      name: "ok",
      note: "multi\nline\tis fine",
      list: ["fine", "bad\u0000"],
      nested: { deeper: [{ x: "\u0001" }] },
      "key\u0000": "value",
    };
    expect(textIssuesIn(value).map((i) => i.path)).toEqual([
      ["list", 1],
      ["nested", "deeper", 0, "x"],
      ["key\\u0000"],
    ]);
    expect(textIssuesIn(value)[2]?.message).toMatch(/^The name of this field is not valid\. This text holds/);
  });

  it("finds a string at the top of the value, with an empty path", () => {
    expect(textIssuesIn("a\u0000")).toEqual([{ path: [], message: expect.stringMatching(/U\+0000/) }]);
    expect(textIssuesIn(42)).toEqual([]);
    expect(textIssuesIn(null)).toEqual([]);
  });

  it("walks a deeply nested value without overflowing the stack, and stops at the limit", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(textIssuesIn(deep)).toHaveLength(1);
    expect(
      textIssuesIn(
        Array.from({ length: 100 }, () => "\u0000"),
        "any-text",
        5,
      ),
    ).toHaveLength(5);
  });

  it("writes control characters of a key so that the path can be read", () => {
    expect(printableKey("a\u0000\u001fb")).toBe("a\\u0000\\u001fb");
  });
});
