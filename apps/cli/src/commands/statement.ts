/**
 * `polku funding statement`: each party's statement for a funding year, one line per placed
 * graduate attributed to it (pseudonymous where the party may not see the student), and a summary
 * per party with cap and floor applied.
 */
import { buildStatement, type Statement } from "@polku/domain/funding";
import { usageError } from "../errors.ts";
import { type Lang, words } from "../i18n.ts";
import {
  type AssumptionRow,
  modelRows,
  type NationalOptions,
  nationalOf,
  nationalRows,
} from "../inputs/assumptions.ts";
import { chooseModel, type ModelOptions } from "../inputs/model.ts";
import { emit, type OutputOptions } from "../render/output.ts";
import type { Report } from "../render/report.ts";
import { assumptionsTable } from "./assumptionsTable.ts";
import { type CohortOptions, load, partyInfo } from "./context.ts";

export interface StatementOptions extends ModelOptions, NationalOptions, OutputOptions, CohortOptions {
  readonly agreement: string;
  readonly party?: ReadonlyArray<string>;
  readonly pseudonymKey?: string;
}

export const statementReport = async (
  o: StatementOptions,
): Promise<{ report: Report; statements: Statement[] }> => {
  const w = words(o.lang);
  const model = chooseModel(o.year, o.model, o);
  const { agreements, cohort, fromDatabase } = await load([o.agreement], o, "statement", o.lang);
  const versions = agreements[0]!.versions;
  const providerId = versions[0]!.providerId;
  const allParties = [...new Set(versions.flatMap((v) => v.parties.map((p) => p.partyId)))];
  const parties = o.party && o.party.length > 0 ? o.party : allParties;
  for (const p of parties)
    if (!allParties.includes(p))
      throw usageError(`--party ${p}: the agreement has no such party; it has ${allParties.join(", ")}.`);
  const needsKey = versions.some((v) =>
    v.parties.some((p) => parties.includes(p.partyId) && p.seesStudents !== true),
  );
  // From the database the ids are already pseudonymous references: keyed again under the provider's
  // id, as funding.statement does, unless a key is given, so the lines match the portal's statement.
  const key = o.pseudonymKey ?? process.env.POLKU_PSEUDONYM_KEY ?? (fromDatabase ? providerId : undefined);
  if (needsKey && (key === undefined || key === ""))
    throw usageError(
      "A party may not see its students by name, so its lines carry pseudonyms: give the provider's pseudonym key with --pseudonym-key or POLKU_PSEUDONYM_KEY.",
    );
  // The agreement is the provider's: only its graduates are on the statement.
  const paths = cohort.paths.filter((p) => p.graduate.providerId === providerId);
  const national = nationalOf(model, o);
  const statements = parties.map((partyId) =>
    buildStatement({
      versions,
      partyId,
      fundingYear: o.year,
      model,
      national,
      paths,
      pseudonymKey: key ?? "",
      // A database cohort's lines are pseudonymous for every party, as the portal's are.
      ...(fromDatabase ? { maySee: () => false } : {}),
    }),
  );
  const label = (partyId: string) => partyInfo(versions, cohort, `${versions[0]!.id}/${partyId}`);
  const lines = statements.flatMap((s) =>
    s.lines.map((l) => ({
      party: label(s.partyId).label,
      student: l.student,
      outcome: (w.outcomes as Record<string, string>)[l.outcomeKind] ?? l.outcomeKind,
      placedOn: l.placedOn,
      statisticsYear: l.statisticsYear,
      fraction: l.fraction,
      placementEuros: l.placementEuros,
      attributedEuros: l.attributedEuros,
      rate: l.rate,
      euros: l.euros,
      version: l.agreementVersion,
      explanation: l.explanation[o.lang],
    })),
  );
  const adjustment = { none: w.adjustmentNone, cap: w.adjustmentCap, floor: w.adjustmentFloor };
  const sum = (f: (s: Statement) => number) => statements.reduce((a, s) => a + f(s), 0);
  const rows: AssumptionRow[] = [
    ...modelRows(model, o.year),
    ...nationalRows(o),
    {
      name: "agreement",
      value: `${versions[0]!.id} (${o.agreement})`,
      unit: "",
      note: `versions ${versions.map((v) => v.version).join(", ")}`,
    },
    {
      name: "cohort",
      value: cohort.file,
      unit: "",
      note: fromDatabase ? "polku.funding_graduates (pseudonymous, each read audited)" : "CSV",
    },
    {
      name: "pseudonyms",
      value: needsKey || fromDatabase ? "HMAC-SHA-256" : "-",
      unit: "",
      note: "a party that may not see a student gets a stable pseudonym from the provider's key",
    },
  ];
  const report: Report = {
    tables: [
      {
        title: `${w.statement} ${o.year}`,
        columns: [
          { key: "party", header: w.party, kind: "text" },
          { key: "student", header: w.student, kind: "text" },
          { key: "outcome", header: w.outcome, kind: "text" },
          { key: "placedOn", header: w.placedOn, kind: "date" },
          { key: "statisticsYear", header: w.statisticsYear, kind: "integer" },
          { key: "fraction", header: w.fraction, kind: "share" },
          { key: "placementEuros", header: w.placementEuros, kind: "euro" },
          { key: "attributedEuros", header: w.attributedEuros, kind: "euro" },
          { key: "rate", header: w.rate, kind: "share" },
          { key: "euros", header: w.euros, kind: "euro" },
          { key: "version", header: w.version, kind: "integer" },
          { key: "explanation", header: w.explanation, kind: "text" },
        ],
        rows: lines,
        total: {
          party: w.total,
          attributedEuros: lines.reduce((a, l) => a + l.attributedEuros, 0),
          euros: lines.reduce((a, l) => a + l.euros, 0),
        },
      },
      {
        title: w.summary,
        columns: [
          { key: "party", header: w.party, kind: "text" },
          { key: "role", header: w.role, kind: "text" },
          { key: "lines", header: w.lines, kind: "integer" },
          { key: "attributedEuros", header: w.attributedEuros, kind: "euro" },
          { key: "linesEuros", header: `${w.euros} (${w.lines.toLowerCase()})`, kind: "euro" },
          { key: "adjustment", header: w.adjustment, kind: "text" },
          { key: "euros", header: w.euros, kind: "euro" },
          { key: "versions", header: w.version, kind: "text" },
        ],
        rows: statements.map((s) => {
          const info = label(s.partyId);
          return {
            party: info.label,
            role: w.roles[info.role],
            lines: s.lines.length,
            attributedEuros: s.attributedEuros,
            linesEuros: s.linesEuros,
            adjustment: adjustment[s.adjustment],
            euros: s.euros,
            versions: s.versionsUsed.join(", "),
          };
        }),
        total: {
          party: w.total,
          attributedEuros: sum((s) => s.attributedEuros),
          linesEuros: sum((s) => s.linesEuros),
          euros: sum((s) => s.euros),
        },
      },
    ],
    assumptions: assumptionsTable(o.lang, rows),
  };
  return { report, statements };
};

export const statement = async (o: StatementOptions): Promise<void> => {
  await emit((await statementReport(o)).report, o);
};

export type { Lang };
