/**
 * Free text as people type it: one line (a name, a title, a search) or several (a note, a reply).
 * Control characters never belong in such text: a NUL cannot even be stored (PostgreSQL refuses it),
 * and the others come with pasted text by accident and show as nothing or as garbage. A multi-line
 * text keeps its line breaks (LF, and the CR of CRLF that textareas and Windows files send) and tabs.
 * Half of a surrogate pair (a broken emoji) is refused too: it cannot be stored as JSON.
 */
import { Schema } from "effect";

/** C0 controls (with tab, LF and CR), DEL and the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/;
/** The same but for tab, LF and CR. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** C0 controls but for tab, LF and CR: what no string of any input may hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ANY_TEXT_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
/** A high surrogate without its low one, or a low one without its high one (UTF-16 code units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Which characters a text may hold: `single-line` no control character at all; `multi-line` also tab,
 * LF and CR; `any-text` (any string of an input, e.g. inside an imported document) no C0 control but
 * tab, LF and CR.
 */
export type TextRule = "single-line" | "multi-line" | "any-text";

const forbidden: Record<TextRule, RegExp> = {
  "single-line": SINGLE_LINE_FORBIDDEN,
  "multi-line": MULTI_LINE_FORBIDDEN,
  "any-text": ANY_TEXT_FORBIDDEN,
};

/** `U+0000` for a character. */
export const codePointName = (character: string): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** @messages (extract-messages.ts collects what this returns, for translation) */
const characterProblem = (character: string, position: number): string => {
  if (character === "\n" || character === "\r") {
    return `This text holds a line break at character ${position}: write it on one line.`;
  }
  if (character === "\t") {
    return `This text holds a tab at character ${position}: use a space instead.`;
  }
  return `This text holds an invisible control character (${codePointName(character)}) at character ${position}, which cannot be saved: remove it (it often comes with pasted text) and try again.`;
};

/**
 * What is wrong with a text's characters under a rule, as a sentence a person can act on (it names the
 * character's position, counted from 1), or `undefined` when nothing is.
 * @messages
 */
export function textProblem(text: string, rule: TextRule): string | undefined {
  const control = forbidden[rule].exec(text);
  if (control) return characterProblem(control[0], control.index + 1);
  const broken = LONE_SURROGATE.exec(text);
  if (broken) {
    return `This text holds a broken character at character ${broken.index + 1} (half of an emoji or another symbol): type that part again.`;
  }
  return undefined;
}

const textFilter = (rule: "single-line" | "multi-line") =>
  Schema.makeFilter((s: string) => textProblem(s, rule), {
    expected: rule === "single-line" ? "text on one line" : "text",
    identifier: rule === "single-line" ? "SingleLineText" : "MultiLineText",
  });

export interface TextOptions {
  /** The sentence for a text over the maximum length, when the field has a better one than the default. */
  readonly tooLong?: string | undefined;
}

const maxLengthCheck = (maxLength: number, options: TextOptions | undefined) =>
  Schema.isMaxLength(maxLength, {
    message:
      options?.tooLong ??
      `This text is too long: keep it to ${maxLength.toLocaleString("en")} characters at most.`,
  });

const checkMax = (maxLength: number) => {
  if (!Number.isSafeInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`A text's maximum length is a whole number of at least 1, got ${maxLength}.`);
  }
};

/**
 * Text on one line (a name, a title, a search), at most `maxLength` characters: no line break, tab or
 * other control character. Add `.check(Schema.isMinLength(1, { message }))` where it must not be empty.
 */
export const SingleLineText = (maxLength: number, options?: TextOptions) => {
  checkMax(maxLength);
  return Schema.String.check(textFilter("single-line"), maxLengthCheck(maxLength, options));
};

/**
 * Text of one or more lines (a note, a reply, a file's text), at most `maxLength` characters: line
 * breaks (LF, CRLF or CR) and tabs are kept, other control characters refused.
 */
export const MultiLineText = (maxLength: number, options?: TextOptions) => {
  checkMax(maxLength);
  return Schema.String.check(textFilter("multi-line"), maxLengthCheck(maxLength, options));
};

export interface TextIssue {
  /** Where the string is: keys and indexes from the top of the value; a bad key's path ends with it. */
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/**
 * Every string in a JSON-like value (object keys too) that breaks a rule, with its path: for values
 * no field schema has looked at yet (a request's raw input, an imported document). Walks without
 * recursion, so a deeply nested value cannot overflow the stack; stops after `limit` issues.
 */
export function textIssuesIn(value: unknown, rule: TextRule = "any-text", limit = 20): TextIssue[] {
  // A path is a linked list back to the top, so a deep value costs no copying per level.
  interface Path {
    readonly key: string | number;
    readonly parent: Path | undefined;
  }
  const pathOf = (path: Path | undefined): Array<string | number> => {
    const out: Array<string | number> = [];
    for (let p = path; p !== undefined; p = p.parent) out.push(p.key);
    return out.reverse();
  };
  type Item =
    | { readonly value: unknown; readonly path: Path | undefined }
    | { readonly badKey: string; readonly path: Path };
  const issues: TextIssue[] = [];
  const stack: Item[] = [{ value, path: undefined }];
  while (stack.length > 0 && issues.length < limit) {
    const item = stack.pop()!;
    if ("badKey" in item) {
      issues.push({
        path: pathOf(item.path),
        message: `The name of this field is not valid. ${item.badKey}`,
      });
      continue;
    }
    const { value: current, path } = item;
    if (typeof current === "string") {
      const problem = textProblem(current, rule);
      if (problem) issues.push({ path: pathOf(path), message: problem });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], path: { key: i, parent: path } });
    } else if (typeof current === "object" && current !== null) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const problem = textProblem(key, rule);
        if (problem) stack.push({ badKey: problem, path: { key: printableKey(key), parent: path } });
        else stack.push({ value: (current as Record<string, unknown>)[key], path: { key, parent: path } });
      }
    }
  }
  return issues;
}

/** A key with its control characters written as `\u0000`, so a path that names it can be read. */
export const printableKey = (key: string): string =>
  key.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
