/**
 * Finds the messages a package's sources raise, for a test that every one is translated. Read with
 * @babel/parser rather than patterns over the text: messages hold apostrophes, quotes and templates
 * with nested templates, which only a parser reads right.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@babel/parser";
import type { ErrorTranslations } from "./error-text.ts";

interface Node {
  readonly type: string;
  readonly [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";

/** The English message as a translation key: each value the template puts in is `{}`. */
function keysOf(node: Node): string[] {
  if (node.type === "StringLiteral") return [node.value as string];
  if (node.type === "TemplateLiteral") {
    const quasis = node.quasis as Array<{ value: { cooked: string } }>;
    return [quasis.map((q) => q.value.cooked).join("{}")];
  }
  if (node.type === "ConditionalExpression") {
    return [...keysOf(node.consequent as Node), ...keysOf(node.alternate as Node)];
  }
  if (node.type === "LogicalExpression") return [...keysOf(node.left as Node), ...keysOf(node.right as Node)];
  if (node.type === "TSAsExpression" || node.type === "ParenthesizedExpression") {
    return keysOf(node.expression as Node);
  }
  return [];
}

const propertyName = (node: Node) => {
  const key = node.key as Node | undefined;
  if (!key) return undefined;
  if (key.type === "Identifier") return key.name as string;
  if (key.type === "StringLiteral") return key.value as string;
  return undefined;
};

/** A doc comment's own line `@messages` (not a mention of the tag in prose). */
const MESSAGES_TAG = /^\s*\*?\s*@messages\b/m;
/**
 * Functions whose last argument is a message: an import's `problem(column, message)`, `issue(field, message)`,
 * `badField(field, message)`, `forbidden(message)`, a schema's `filled(message)`.
 */
const MESSAGE_SINKS = new Set(["problem", "issue", "badField", "forbidden", "filled"]);
/** Properties whose value is a message (`{ message }`, the text schemas' `{ tooLong }`, a failure's `{ problem }`). */
const MESSAGE_PROPERTIES = new Set(["message", "tooLong", "problem"]);

/** Whether a function's doc comment says it returns messages (`@messages`). */
const returnsMessages = (node: Node) =>
  ((node.leadingComments as Array<{ value: string }> | undefined) ?? []).some((c) =>
    MESSAGES_TAG.test(c.value),
  );

/**
 * A message is: the value of a `message`, `tooLong` or `problem` property, or of a constant named
 * `...Message`; what `notFound("The x")` says; the text given last to one of MESSAGE_SINKS; what a
 * function named `...Problem`, a failure's `get message()` or a `Schema.makeFilter` check returns;
 * and what a function tagged `@messages` in its doc comment returns (or a table's values, so tagged).
 */
function messagesOfSource(source: string, file: string): string[] {
  const ast = parse(source, { sourceType: "module", plugins: ["typescript", "jsx"], sourceFilename: file });
  const found: string[] = [];
  // Inside a function that returns messages (its `return`s are), or a table of them (its values are).
  let inMessageFunction = 0;
  let inMessageTable = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === "ReturnStatement" && inMessageFunction > 0 && node.argument) {
      found.push(...keysOf(node.argument as Node));
    }
    // `const dayProblem = (day) => cond ? `...` : undefined`: an arrow's expression body is its return.
    if (node.type === "ArrowFunctionExpression" && inMessageFunction > 0) {
      const body = node.body as Node;
      if (body.type !== "BlockStatement") found.push(...keysOf(body));
    }
    // A constant named for what it holds: `const unknownKeyMessage = "..."`.
    if (node.type === "VariableDeclarator" && /Message$/.test(((node.id as Node).name as string) ?? "")) {
      if (node.init) found.push(...keysOf(node.init as Node));
    }
    // In a table of sentences tagged `@messages`, every value is one.
    if (node.type === "ObjectProperty") {
      const name = propertyName(node);
      if (MESSAGE_PROPERTIES.has(name ?? "") || (inMessageTable > 0 && name !== undefined)) {
        found.push(...keysOf(node.value as Node));
      }
    }
    if (node.type === "CallExpression") {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      const [first] = args;
      if (callee.type === "Identifier" && callee.name === "notFound" && first) {
        found.push(...keysOf(first).map((what) => `${what} was not found.`));
      }
      if (callee.type === "Identifier" && MESSAGE_SINKS.has(callee.name as string)) {
        const last = args.at(-1);
        if (last) found.push(...keysOf(last));
      }
      const property = callee.type === "MemberExpression" ? (callee.property as Node) : undefined;
      if (property?.type === "Identifier" && property.name === "makeFilter" && first) {
        found.push(...returnedBy(first));
      }
    }
    // The tag is on the declaration (`export function`, `const x = () =>`): it covers what is inside.
    // A function named `...Problem` says what is wrong with a value: it returns messages too.
    const named =
      node.type === "FunctionDeclaration"
        ? (node.id as Node | null)
        : node.type === "VariableDeclarator"
          ? (node.id as Node)
          : null;
    // A tagged failure's `get message()` says it.
    const getter =
      node.type === "ClassMethod" && node.kind === "get" && ((node.key as Node).name as string) === "message";
    const tagged =
      returnsMessages(node) || getter || /Problem$/.test((named?.name as string | undefined) ?? "");
    const declarator = (
      node.type === "ExportNamedDeclaration" ? (node.declaration as Node | null) : node
    ) as Node | null;
    const declared =
      declarator?.type === "VariableDeclaration" ? (declarator.declarations as Node[])[0] : declarator;
    const table = tagged && (declared?.init as Node | undefined)?.type === "ObjectExpression";
    if (table) inMessageTable++;
    else if (tagged) inMessageFunction++;
    for (const [key, value] of Object.entries(node)) {
      if (key === "loc" || key.endsWith("Comments")) continue;
      if (typeof value === "object" && value !== null) visit(value);
    }
    if (table) inMessageTable--;
    else if (tagged) inMessageFunction--;
  };
  visit(ast.program);
  return found;
}

/** What a check function returns: its expression body, or each `return` in its block. */
function returnedBy(fn: Node): string[] {
  const body = fn.body as Node | undefined;
  if (!body) return [];
  if (body.type !== "BlockStatement") return keysOf(body);
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === "ReturnStatement" && node.argument) found.push(...keysOf(node.argument as Node));
    for (const [key, value] of Object.entries(node)) {
      if (key !== "loc" && typeof value === "object" && value !== null) visit(value);
    }
  };
  visit(body);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    const isSource = /\.tsx?$/.test(name) && !/\.(test|test-support)\.tsx?$/.test(name);
    return isSource && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every message the sources under these folders raise (tests left out), with where it is. */
export function messagesIn(dirs: readonly string[]): Array<{ message: string; file: string }> {
  return dirs.flatMap((dir) =>
    sourceFiles(dir).flatMap((file) =>
      messagesOfSource(readFileSync(file, "utf8"), file)
        // "{}: {}" joins a field and its message: only the parts are words to translate. A message has
        // words and spaces; a code a check returns on its way ("ibm137") is none.
        .filter((message) => /\p{L}/u.test(message.replaceAll("{}", "")) && /\s/.test(message))
        .map((message) => ({ message, file })),
    ),
  );
}

/**
 * The messages under these folders with no Finnish or no Swedish translation (each with its file):
 * a test expects none. A translation must also place every value its English puts in.
 */
export function untranslatedMessages(
  dirs: readonly string[],
  translations: ErrorTranslations,
): Array<{ message: string; file: string; missing: string }> {
  const problems: Array<{ message: string; file: string; missing: string }> = [];
  for (const { message, file } of messagesIn(dirs)) {
    const values = message.split("{}").length - 1;
    for (const locale of ["fi", "sv"] as const) {
      const translation = translations[locale][message];
      if (translation === undefined) {
        problems.push({ message, file, missing: locale });
        continue;
      }
      for (let i = 0; i < values; i++) {
        if (!translation.includes(`{${i}}`)) problems.push({ message, file, missing: `${locale} {${i}}` });
      }
    }
  }
  return problems;
}

/**
 * Translations whose English no source under these folders raises any more (a message reworded or
 * removed): a test expects none, so the tables hold only what a person can meet.
 */
export function unusedTranslations(dirs: readonly string[], translations: ErrorTranslations): string[] {
  const raised = new Set(messagesIn(dirs).map((m) => m.message));
  const keys = new Set([...Object.keys(translations.fi), ...Object.keys(translations.sv)]);
  return [...keys].filter((key) => !raised.has(key));
}
