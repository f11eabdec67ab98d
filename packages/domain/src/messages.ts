/**
 * Effect Schema's own messages, for what no field's schema words itself ("Missing key", "Expected
 * string, got 42"), as sentences a person can act on. They also stop echoing the input, which may be
 * long. A message a schema gives itself is kept as it is (with a full stop added if it has none).
 */

const kinds: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "nothing",
  "an integer": "a whole number",
  "a finite number": "a number",
};

export function sentenceOf(message: string): string {
  if (message === "Missing key") return "This field is missing: fill it in.";
  if (message.startsWith("Unexpected key")) return "This field is not part of this input: leave it out.";
  const expected = /^Expected ([\s\S]+?)(?:, got [\s\S]*)?$/.exec(message);
  if (expected) {
    const options = expected[1]!.split(" | ");
    if (options.every((o) => /^".*"$/.test(o))) return `Choose one of ${options.join(", ")}.`;
    return `Give ${options.map((o) => kinds[o] ?? o).join(" or ")} here.`;
  }
  return /[.!?]$/.test(message.trim()) ? message : `${message.trim()}.`;
}
