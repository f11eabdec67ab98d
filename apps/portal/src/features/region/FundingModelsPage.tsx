import { type FundingModel, fundingModels } from "@polku/domain/funding";
import { DataTable, Page, Section, useSession } from "@polku/ui";
import { For, Show } from "solid-js";
import { useRegionText } from "./text.ts";

/**
 * The funding models side by side, from the domain's versioned data: each model's criteria and
 * weights, the criterion partners' shares are about, and the 2026 transition limits. The assumptions
 * the law leaves open (lag, averaging) are said to be assumptions.
 */
export default function FundingModelsPage() {
  const { text, locale, formatNumber } = useRegionText();
  const session = useSession();
  const percent = (x: number) => formatNumber(x, { style: "percent", maximumFractionDigits: 1 });
  const signed = (x: number) =>
    formatNumber(x, { style: "percent", maximumFractionDigits: 1, signDisplay: "always" });
  const inUse = (m: FundingModel) =>
    !m.applied
      ? text("funding.notApplied")
      : m.lastYear
        ? text("funding.appliedUntil", { from: String(m.firstYear), to: String(m.lastYear) })
        : text("funding.applied", { from: String(m.firstYear) });
  return (
    <Page title={text("funding.title")} intro={text("funding.intro")}>
      <Show when={session.can("funding.read")}>
        <For each={[...fundingModels].reverse()}>
          {(model) => (
            <Section title={model.title[locale()]}>
              <p>{inUse(model)}</p>
              <DataTable
                caption={text("funding.criteria", { model: model.title[locale()] })}
                rows={[...model.criteria]}
                columns={[
                  {
                    header: text("funding.criterion"),
                    rowHeader: true,
                    cell: (c) =>
                      c.id === model.placementCriterion
                        ? `${c.title[locale()]} (${text("funding.placement").toLocaleLowerCase()})`
                        : c.title[locale()],
                  },
                  { header: text("funding.part"), cell: (c) => text(`funding.part.${c.part}`) },
                  { header: text("funding.weight"), cell: (c) => percent(c.weight) },
                  {
                    header: text("funding.lag"),
                    cell: (c) => text("funding.years", { n: String(c.lagYears) }),
                  },
                ]}
              />
              <Show when={model.transition}>
                {(limits) => (
                  <>
                    <p>{text("funding.transitionIntro")}</p>
                    <DataTable
                      caption={text("funding.transition", { model: model.title[locale()] })}
                      rows={Object.entries(limits().byYear).map(([year, l]) => ({ year, ...l }))}
                      columns={[
                        { header: text("funding.year"), rowHeader: true, cell: (r) => r.year },
                        { header: text("funding.min"), cell: (r) => signed(r.min - 1) },
                        { header: text("funding.max"), cell: (r) => signed(r.max - 1) },
                      ]}
                    />
                  </>
                )}
              </Show>
              <p class="muted">{text("funding.source", { source: model.source[locale()] })}</p>
            </Section>
          )}
        </For>
        <p>{text("funding.assumptions")}</p>
      </Show>
    </Page>
  );
}
