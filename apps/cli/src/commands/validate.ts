/**
 * `polku funding validate <agreement> [--cohort <csv>]`: checks an agreement file (and a cohort CSV)
 * and prints what the agreement says, version by version.
 */
import { type Lang, words } from "../i18n.ts";
import { readAgreement } from "../inputs/agreement.ts";
import { readCohort } from "../inputs/cohort.ts";
import type { Table } from "../render/report.ts";
import { renderTable } from "../render/text.ts";

export interface ValidateOptions {
  readonly lang: Lang;
  readonly cohort?: string;
}

const ruleText = (rule: { rule: string; windowDays?: number; measure?: string }) =>
  rule.rule === "last"
    ? `last (${rule.windowDays} d)`
    : rule.rule === "weighted"
      ? `weighted (${rule.measure})`
      : "shapley";

export const validate = (file: string, options: ValidateOptions): void => {
  const w = words(options.lang);
  const agreement = readAgreement(file, options.lang);
  const out: string[] = [w.agreementOk(file, agreement.versions.length)];
  for (const v of agreement.versions) {
    const table: Table = {
      title: `${v.id} v${v.version}: ${v.title} (${v.providerId}; ${v.effectiveFrom}${v.effectiveTo ? ` – ${v.effectiveTo}` : " –"}; ${ruleText(v.attribution)})`,
      columns: [
        { key: "party", header: w.party, kind: "text" },
        { key: "role", header: w.role, kind: "text" },
        { key: "percentage", header: "%", kind: "number" },
        { key: "cap", header: "Max €", kind: "euro" },
        { key: "floor", header: "Min €", kind: "euro" },
        { key: "min", header: "Min", kind: "share" },
      ],
      rows: v.parties.map((p) => ({
        party: p.name ? `${p.name} (${p.partyId})` : p.partyId,
        role: w.roles[p.role],
        percentage: p.percentage,
        cap: p.capEuros,
        floor: p.floorEuros,
        min: p.minContribution,
      })),
    };
    out.push("", renderTable(table));
  }
  if (options.cohort !== undefined) {
    const cohort = readCohort(options.cohort, options.lang);
    const steps = cohort.paths.reduce((s, p) => s + p.steps.length, 0);
    out.push(
      "",
      `${options.cohort}: ${cohort.paths.length} / ${steps} / ${cohort.contributors.size} (graduates / steps / contributors)`,
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
};
