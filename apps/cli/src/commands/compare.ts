/**
 * `polku funding compare`: agreements and funding models side by side on the same cohort and the
 * same random numbers (common random numbers: a difference is the variants', not noise). The
 * variants are every agreement file under every model year asked for.
 */
import { basename } from "node:path";
import { compareVariants, compilePopulation, type Summary, type Variant } from "@polku/domain/funding";
import { words } from "../i18n.ts";
import {
  modelRows,
  nationalRows,
  type ScenarioOptions,
  scenarioAssumptions,
  scenarioRows,
} from "../inputs/assumptions.ts";
import { chooseModel, type ModelOptions } from "../inputs/model.ts";
import { progressEvery, startProgress } from "../progress.ts";
import { emit, type OutputOptions } from "../render/output.ts";
import type { Report } from "../render/report.ts";
import { assumptionsTable } from "./assumptionsTable.ts";
import { type CohortOptions, load, partyInfo, roleWord } from "./context.ts";

export interface CompareOptions
  extends Omit<ModelOptions, "year" | "model">,
    CohortOptions,
    ScenarioOptions,
    OutputOptions {
  readonly agreement: ReadonlyArray<string>;
  readonly year: ReadonlyArray<number>;
  readonly model?: ReadonlyArray<string>;
  readonly quiet?: boolean;
}

export const compareReport = async (o: CompareOptions): Promise<Report> => {
  const w = words(o.lang);
  const { agreements, cohort } = await load(o.agreement, o, "compare", o.lang);
  const models = o.year.flatMap((year) =>
    (o.model && o.model.length > 0 ? o.model : [undefined]).map((id) => ({
      year,
      model: chooseModel(year, id, o),
    })),
  );
  const variants: Array<Variant & { file: string }> = [];
  for (const a of agreements)
    for (const m of models) {
      const population = compilePopulation({
        model: m.model,
        fundingYear: m.year,
        paths: cohort.paths,
        agreements: [a.versions],
        openRate: o.openRate / 100,
      });
      const last = a.versions[a.versions.length - 1]!;
      variants.push({
        label: `${basename(a.file)} v${last.version} · ${m.model.id} ${m.year}`,
        population,
        assumptions: scenarioAssumptions(o, population),
        file: a.file,
      });
    }
  const progress = await startProgress(o.lang, o.quiet === true);
  const comparison = compareVariants(variants, {
    scenarios: o.scenarios,
    seed: o.seed,
    progressEvery: progressEvery(o.scenarios),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  const versionsOf = (i: number) => agreements[Math.floor(i / models.length)]!.versions;
  // Agreements name their parties under their own ids (`agreementId/partyId`): line the variants
  // up by party, so each party's rows sit together and differ from the party's first variant.
  const byParty = new Map<string, { key: string; remainder: boolean; list: Array<Summary | undefined> }>();
  for (const [map, remainder] of [
    [comparison.parties, false],
    [comparison.providers, true],
  ] as const)
    for (const [key, list] of map) {
      const id = `${remainder ? "provider:" : ""}${key.slice(key.indexOf("/") + 1)}`;
      const entry = byParty.get(id) ?? { key, remainder, list: list.map(() => undefined) };
      list.forEach((s, i) => {
        if (s !== undefined) entry.list[i] = s;
      });
      byParty.set(id, entry);
    }
  const rows = [...byParty.values()].flatMap(({ key, list, remainder }) => {
    const firstMean = list.find((s) => s !== undefined)?.mean;
    return list.flatMap((s, i) => {
      if (s === undefined) return [];
      const info = partyInfo(versionsOf(i), cohort, key);
      return [
        {
          party: info.label,
          role: roleWord(o.lang, info.role, remainder),
          variant: comparison.labels[i]!,
          mean: s.mean,
          p10: s.p10,
          p50: s.p50,
          p90: s.p90,
          diff: firstMean === undefined ? undefined : s.mean - firstMean,
        },
      ];
    });
  });
  return {
    tables: [
      {
        title: `${w.comparison} (${o.scenarios} × seed ${o.seed})`,
        columns: [
          { key: "party", header: w.party, kind: "text" },
          { key: "role", header: w.role, kind: "text" },
          { key: "variant", header: w.variant, kind: "text" },
          { key: "mean", header: w.mean, kind: "euro" },
          { key: "p10", header: w.p10, kind: "euro" },
          { key: "p50", header: w.p50, kind: "euro" },
          { key: "p90", header: w.p90, kind: "euro" },
          { key: "diff", header: w.diff, kind: "euro" },
        ],
        rows,
      },
    ],
    assumptions: assumptionsTable(o.lang, [
      ...models.flatMap((m) => modelRows(m.model, m.year)),
      ...nationalRows(o),
      ...scenarioRows(o, variants[0]!.assumptions),
      ...agreements.map((a) => ({
        name: "agreement",
        value: `${a.versions[0]!.id} (${a.file})`,
        unit: "",
        note: `versions ${a.versions.map((v) => v.version).join(", ")}`,
      })),
    ]),
  };
};

export const compare = async (o: CompareOptions): Promise<void> => {
  await emit(await compareReport(o), o);
};
