/**
 * Reads a cohort CSV (the format is in apps/cli/README.md): `;` separated, UTF-8 with or without a
 * BOM, Finnish decimal commas and dates accepted, one row per graduation, step or outcome of a
 * graduate. Parsed with csv-parse; every bad cell is reported with its file, line and field, and
 * nothing is returned unless every row is good.
 */
import { readFileSync } from "node:fs";
import type { ContributionStep, Contributor, ContributorRole, GraduatePath } from "@polku/domain/funding";
import { outcomeKinds } from "@polku/domain/vocabulary";
import { CsvError, parse } from "csv-parse/sync";
import { CliError, ExitCode } from "../errors.ts";
import { type Lang, words } from "../i18n.ts";
import { parseDate, parseNumber } from "../numbers.ts";
import { readFailure } from "./agreement.ts";
import {
  cohortMessages,
  type Field,
  fieldAliases,
  fold,
  outcomeAliases,
  recordAliases,
  requiredFields,
  roleAliases,
  statusAliases,
  yesNo,
} from "./cohortFormat.ts";

export interface Cohort {
  readonly file: string;
  readonly paths: ReadonlyArray<GraduatePath>;
  readonly contributors: ReadonlyMap<string, Contributor>;
}

interface Problem {
  readonly line: number;
  readonly field?: string;
  readonly message: string;
}

type Outcome = GraduatePath["graduate"]["outcomes"][number];

interface Draft {
  line: number;
  providerId?: string;
  graduatedOn?: string;
  employedBeforeTraining: boolean;
  steps: ContributionStep[];
  outcomes: Outcome[];
}

/** Parse the text of a cohort CSV; `file` only names it in messages. */
export const parseCohort = (file: string, text: string, lang: Lang): Cohort => {
  const w = words(lang);
  const m = cohortMessages(lang);
  const problems: Problem[] = [];
  const fail = (): never => {
    throw new CliError(ExitCode.cohort, [
      w.cohortBad(file, problems.length),
      ...problems.map(
        (p) => `  ${file}, ${w.line} ${p.line}${p.field ? `, ${w.field} "${p.field}"` : ""}: ${p.message}`,
      ),
    ]);
  };
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, {
      delimiter: ";",
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines ?? 1;
      problems.push({ line, message: m.csvSyntax(e.code) });
      return fail();
    }
    throw e;
  }
  const header = rows[0]?.record;
  if (header === undefined) {
    problems.push({ line: 1, message: m.empty });
    return fail();
  }
  if (header.length === 1 && header[0]!.includes(",")) problems.push({ line: 1, message: m.commaSeparated });
  const columns: Array<Field | undefined> = header.map((h) => fieldAliases.get(fold(h)));
  header.forEach((h, i) => {
    if (columns[i] === undefined && h !== "") problems.push({ line: 1, field: h, message: m.unknownColumn });
  });
  for (const f of requiredFields)
    if (!columns.includes(f)) problems.push({ line: 1, field: f, message: m.missingColumn });
  if (problems.length > 0) return fail();

  const drafts = new Map<string, Draft>();
  const contributors = new Map<string, Contributor>();
  const rolesSeen = new Map<string, { role: ContributorRole; line: number }>();
  const later: Array<() => undefined> = [];

  for (const { record: cells, info } of rows.slice(1)) {
    const line = info.lines;
    handleRow(cells, line);
  }
  function handleRow(cells: string[], line: number): undefined {
    if (cells.length !== header!.length) {
      problems.push({ line, message: m.cellCount(cells.length, header!.length) });
      return;
    }
    const cell = (f: Field) => {
      const i = columns.indexOf(f);
      return i < 0 ? "" : (cells[i] ?? "");
    };
    const bad = (field: Field, message: string): undefined =>
      void problems.push({ line, field: header![columns.indexOf(field)] ?? field, message });
    const student = cell("student");
    if (student === "") return bad("student", m.required);
    const record = recordAliases.get(fold(cell("record")));
    if (record === undefined)
      return bad("record", m.oneOf(cell("record"), ["valmistuminen", "vaihe", "tulos"]));
    const date = parseDate(cell("date"));
    if (date === undefined) bad("date", m.date(cell("date")));
    const contributorId = cell("contributor");
    const roleText = cell("role");
    const role = roleText === "" ? undefined : roleAliases.get(fold(roleText));
    if (roleText !== "" && role === undefined)
      bad("role", m.oneOf(roleText, ["oppilaitos", "työpaja", "yritys", "mentori", "kumppani"]));
    const number = (f: Field, min: number, max: number) => {
      const t = cell(f);
      if (t === "") return undefined;
      const n = parseNumber(t);
      if (n === undefined || n < min || n > max) bad(f, m.number(t, min, max));
      return n;
    };
    let draft = drafts.get(student);
    if (draft === undefined) {
      draft = { line, employedBeforeTraining: false, steps: [], outcomes: [] };
      drafts.set(student, draft);
    }
    const d = draft;
    const remember = (id: string, r: ContributorRole, name: string) => {
      const seen = rolesSeen.get(id);
      if (seen && seen.role !== r) return bad("role", m.roleChanged(id, seen.role, seen.line));
      if (!seen) rolesSeen.set(id, { role: r, line });
      const prior = contributors.get(id);
      contributors.set(id, {
        id,
        role: r,
        ...(name !== "" ? { name } : prior?.name ? { name: prior.name } : {}),
      });
    };
    switch (record) {
      case "graduation": {
        if (d.graduatedOn !== undefined) return bad("record", m.twoGraduations(student, d.line));
        if (contributorId === "") return bad("contributor", m.providerMissing);
        if (role !== undefined && role !== "provider") return bad("role", m.graduationRole);
        const before = yesNo.get(fold(cell("employedBefore")));
        if (before === undefined) bad("employedBefore", m.oneOf(cell("employedBefore"), ["kyllä", "ei"]));
        d.line = line;
        d.providerId = contributorId;
        if (date) d.graduatedOn = date;
        d.employedBeforeTraining = before ?? false;
        remember(contributorId, "provider", cell("name"));
        return;
      }
      case "step": {
        const kind = cell("kind");
        if (kind === "") bad("kind", m.stepKind);
        if (contributorId === "") return bad("contributor", m.required);
        const status = cell("status") === "" ? "done" : statusAliases.get(fold(cell("status")));
        if (status === undefined)
          bad("status", m.oneOf(cell("status"), ["tehty", "kesken", "suunniteltu", "peruttu"]));
        const endText = cell("end");
        const endsOn = endText === "" ? undefined : parseDate(endText);
        if (endText !== "" && endsOn === undefined) bad("end", m.date(endText));
        if (date && endsOn && endsOn < date) bad("end", m.endBeforeStart);
        const hours = number("hours", 0, 10_000);
        // The role may be left out for the graduate's own provider; it is checked once all rows are read.
        later.push(() => {
          const r2 = role ?? (contributorId === d.providerId ? "provider" : undefined);
          if (r2 === undefined) return bad("role", m.roleMissing(contributorId));
          remember(contributorId, r2, cell("name"));
          if (kind === "" || status === undefined || date === undefined) return;
          d.steps.push({
            kind,
            status,
            contributor: { id: contributorId, role: r2 },
            startsOn: date,
            ...(endsOn ? { endsOn } : {}),
            ...(hours !== undefined ? { hours } : {}),
          });
        });
        return;
      }
      case "outcome": {
        const kind = outcomeAliases.get(fold(cell("kind")));
        if (kind === undefined) bad("kind", m.oneOf(cell("kind"), [...outcomeKinds]));
        const months = number("months", 0, 12);
        if (kind && date)
          d.outcomes.push({ kind, date, ...(months !== undefined ? { employmentMonths: months } : {}) });
        return;
      }
    }
  }
  for (const run of later) run();
  for (const [student, d] of drafts)
    if (d.graduatedOn === undefined && d.providerId === undefined)
      problems.push({ line: d.line, message: m.noGraduation(student) });
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    return fail();
  }
  const paths: GraduatePath[] = [];
  for (const [studentId, d] of drafts) {
    const provider = contributors.get(d.providerId!)!;
    // Steps carry the contributor with its name, as the agreement's parties are named.
    const steps = d.steps.map((s) => ({ ...s, contributor: contributors.get(s.contributor.id)! }));
    paths.push({
      provider,
      graduate: {
        studentId,
        providerId: provider.id,
        graduatedOn: d.graduatedOn!,
        employedBeforeTraining: d.employedBeforeTraining,
        outcomes: d.outcomes,
      },
      steps,
    });
  }
  return { file, paths, contributors };
};

export const readCohort = (file: string, lang: Lang): Cohort => {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(ExitCode.cohort, [`${file}: ${readFailure(e, lang)}`]);
  }
  return parseCohort(file, text, lang);
};
