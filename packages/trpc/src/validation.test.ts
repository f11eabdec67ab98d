import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { Id, LocalDateInput, Note, SingleLineText } from "./schemas.ts";
import { effectSchemaOf, input } from "./validation.ts";

type Result = { value?: unknown; issues?: ReadonlyArray<{ path?: ReadonlyArray<unknown>; message: string }> };
const validate = (validator: ReturnType<typeof input>, value: unknown) =>
  validator["~standard"].validate(value) as Result;

describe("input()", () => {
  // A schema that forgot the shared text schemas: the safety net still refuses control characters.
  const Loose = input(
    Schema.Struct({
      title: Schema.String,
      tags: Schema.optional(Schema.Array(Schema.String)),
      extra: Schema.optional(Schema.Record(Schema.String, Schema.Unknown)),
    }),
  );

  it("decodes a good input", () => {
    expect(validate(Loose, { title: "Hei\nmaailma\t!" })).toEqual({ value: { title: "Hei\nmaailma\t!" } });
  });

  it("refuses a NUL or another C0 control in any string, naming where it was", () => {
    const result = validate(Loose, {
      title: "ok",
      tags: ["a", "b\u0000"],
      extra: { deep: [{ x: "\u001b" }] },
    });
    expect(result.issues?.map((i) => i.path)).toEqual([
      ["tags", 1],
      ["extra", "deep", 0, "x"],
    ]);
    expect(result.issues?.[0]?.message).toMatch(
      /^This text holds an invisible control character \(U\+0000\)/,
    );
  });

  it("refuses a control character in an object's key, naming the key", () => {
    const result = validate(Loose, { title: "ok", extra: { "bad\u0000key": 1 } });
    expect(result.issues).toEqual([
      {
        path: ["extra", "bad\\u0000key"],
        message: expect.stringMatching(/^The name of this field is not valid/),
      },
    ]);
  });

  it("refuses half of a surrogate pair anywhere (it cannot be stored as JSON)", () => {
    expect(validate(Loose, { title: "\ud83d" }).issues?.[0]?.path).toEqual(["title"]);
  });

  it("leaves the rest to the schema, which names every bad field", () => {
    const Strict = input(Schema.Struct({ title: SingleLineText(10), note: Note }));
    const result = validate(Strict, { title: "one\ntwo", note: 4 });
    expect(result.issues?.map((i) => i.path)).toEqual([["title"], ["note"]]);
    expect(result.issues?.[0]?.message).toBe(
      "This text holds a line break at character 4: write it on one line.",
    );
  });

  it("asks for an empty choice or date in words, not as a malformed id or date", () => {
    const Form = input(Schema.Struct({ workshopId: Id, startsOn: LocalDateInput }));
    const empty = validate(Form, { workshopId: "", startsOn: "" });
    expect(empty.issues?.map((i) => [i.path, i.message])).toEqual([
      [["workshopId"], "Choose one."],
      [["startsOn"], "Choose a date."],
    ]);
    const wrong = validate(Form, { workshopId: "abc", startsOn: "31.2." });
    expect(wrong.issues?.[0]?.message).toMatch(/^This is not an id/);
    expect(wrong.issues?.[1]?.message).toBe('"31.2." is not a date: write YYYY-MM-DD.');
  });

  it("keeps the Effect Schema it was made from", () => {
    const schema = Schema.Struct({ title: Schema.String });
    expect(effectSchemaOf(input(schema))).toBe(schema);
    expect(effectSchemaOf(schema)).toBeUndefined();
    expect(effectSchemaOf(undefined)).toBeUndefined();
  });
});

describe("input() messages", () => {
  it("is applied to every issue of a failed input", () => {
    const result = validate(input(Schema.Struct({ a: Schema.String, b: Schema.Literals(["x"]) })), { b: 1 });
    expect(result.issues?.map((i) => i.message)).toEqual([
      "This field is missing: fill it in.",
      'Choose one of "x".',
    ]);
  });
});
