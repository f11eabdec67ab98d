/**
 * Effect Schema's own messages, for what no field's schema words itself ("Missing key", "Expected
 * string, got 42"), as sentences a person can act on. They also stop echoing the input, which may be
 * long. A message a schema gives itself is kept as it is (with a full stop added if it has none).
 */

/**
 * What a value should be, as the sentence that asks for it.
 * @messages
 */
const giveSentences: Record<string, string> = {
  string: "Give text here.",
  number: "Give a number here.",
  boolean: "Give true or false here.",
  object: "Give an object here.",
  array: "Give a list here.",
  null: "Leave this field empty.",
  "an integer": "Give a whole number here.",
  "a finite number": "Give a number here.",
};

/**
 * Effect's message as a sentence.
 * @messages (extract-messages.ts collects what this returns, for translation)
 */
export function sentenceOf(message: string): string {
  if (message === "Missing key") return "This field is missing: fill it in.";
  if (message.startsWith("Unexpected key")) return "This field is not part of this input: leave it out.";
  const expected = /^Expected ([\s\S]+?)(?:, got [\s\S]*)?$/.exec(message);
  if (expected) {
    const options = expected[1]!.split(" | ");
    if (options.every((o) => /^".*"$/.test(o))) return `Choose one of ${options.join(", ")}.`;
    const [only] = options;
    if (options.length === 1 && only && giveSentences[only]) return giveSentences[only];
    return "Give a value of the right kind here.";
  }
  return /[.!?]$/.test(message.trim()) ? message : `${message.trim()}.`;
}
