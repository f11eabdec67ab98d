/**
 * Reads an agreement file: JSON holding one share agreement, or an array of its versions. Each
 * version is decoded with the domain's `decodeShareAgreement`; every problem is reported with its
 * file, line and field path (`parties[0].percentage`), and nothing is returned unless all is well.
 */
import { readFileSync } from "node:fs";
import { decodeShareAgreement, type ShareAgreement } from "@polku/domain/funding";
import { Effect } from "effect";
import { findNodeAtLocation, type Node, type ParseError, parseTree } from "jsonc-parser";
import { CliError, ExitCode } from "../errors.ts";
import { type Lang, words } from "../i18n.ts";

export interface AgreementFile {
  readonly file: string;
  /** The versions, oldest first. */
  readonly versions: ReadonlyArray<ShareAgreement>;
}

export interface AgreementProblem {
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** `parties[0].window.to` -> ["parties", 0, "window", "to"]. */
const segments = (path: string): Array<string | number> =>
  path === ""
    ? []
    : path
        .replace(/\[(\d+)\]/g, ".$1")
        .split(".")
        .filter((s) => s !== "")
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The line of a field, or of the nearest enclosing object when the field is missing. */
const lineOf = (text: string, root: Node | undefined, path: ReadonlyArray<string | number>) => {
  if (root === undefined) return 1;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n) as Array<string | number>);
    if (node !== undefined) {
      // For a property, point at its key (the parent "property" node starts there).
      const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
      return lineAt(text, at);
    }
  }
  return 1;
};

const decodeOne = (json: unknown) =>
  Effect.runSync(
    Effect.match(decodeShareAgreement(json), {
      onFailure: (e) => ({ ok: false as const, problems: e.problems }),
      onSuccess: (agreement) => ({ ok: true as const, agreement }),
    }),
  );

/** Checks the text of an agreement file; returns the versions or the problems. */
export const checkAgreementText = (
  text: string,
): { versions: ShareAgreement[]; problems: AgreementProblem[] } => {
  const errors: ParseError[] = [];
  const source = text.replace(/^\uFEFF/, "");
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || root === undefined) {
    const first = errors[0];
    return {
      versions: [],
      problems: [
        {
          line: first ? lineAt(source, first.offset) : 1,
          path: "",
          message: "This is not valid JSON: check the commas, quotes and brackets around this line.",
        },
      ],
    };
  }
  const json: unknown = JSON.parse(source);
  const list = Array.isArray(json) ? json : [json];
  const prefix = (i: number) => (Array.isArray(json) ? [i] : []);
  const versions: ShareAgreement[] = [];
  const problems: AgreementProblem[] = [];
  if (list.length === 0)
    problems.push({ line: 1, path: "", message: "The file holds no agreement: give one version or more." });
  list.forEach((item, i) => {
    const result = decodeOne(item);
    if (result.ok) {
      versions.push(result.agreement);
      return;
    }
    for (const p of result.problems) {
      const path = [...prefix(i), ...segments(p.path)];
      const shown = Array.isArray(json) ? `[${i}]${p.path === "" ? "" : `.${p.path}`}` : p.path;
      problems.push({ line: lineOf(source, root, path), path: shown, message: p.message });
    }
  });
  if (problems.length === 0 && versions.length > 1) {
    const first = versions[0]!;
    versions.forEach((v, i) => {
      if (v.id !== first.id || v.providerId !== first.providerId)
        problems.push({
          line: lineOf(source, root, [i, "id"]),
          path: `[${i}].id`,
          message: `Every version in one file must be of the same agreement (id "${first.id}", provider "${first.providerId}").`,
        });
      if (versions.findIndex((w) => w.version === v.version) !== i)
        problems.push({
          line: lineOf(source, root, [i, "version"]),
          path: `[${i}].version`,
          message: `Version ${v.version} is given twice: number each version once.`,
        });
    });
  }
  versions.sort((a, b) => a.version - b.version);
  return { versions, problems };
};

export const readAgreement = (file: string, lang: Lang): AgreementFile => {
  const w = words(lang);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(ExitCode.agreement, [`${file}: ${readFailure(e, lang)}`]);
  }
  const { versions, problems } = checkAgreementText(text);
  if (problems.length > 0)
    throw new CliError(ExitCode.agreement, [
      w.agreementBad(file, problems.length),
      ...problems.map(
        (p) => `  ${file}, ${w.line} ${p.line}${p.path === "" ? "" : `, ${w.field} ${p.path}`}: ${p.message}`,
      ),
    ]);
  return { file, versions };
};

export const readFailure = (e: unknown, lang: Lang): string => {
  const code = (e as NodeJS.ErrnoException).code;
  const notFound = { fi: "tiedostoa ei löydy.", sv: "filen finns inte.", en: "the file does not exist." };
  const other = { fi: "tiedostoa ei voi lukea", sv: "filen kan inte läsas", en: "the file cannot be read" };
  return code === "ENOENT" ? notFound[lang] : `${other[lang]} (${code ?? String(e)}).`;
};
