import { DataTable, formatMoney, Section } from "@polku/ui";
import { For } from "solid-js";
import { EuroBarChart, seriesColors } from "./EuroBarChart.tsx";
import type { ScenarioResult } from "./scenarios-run.ts";
import { useFundingText } from "./text.ts";

type PartySensitivity = ScenarioResult["sensitivity"][number];

/** The tornado of each party: its revenue with each assumption low and high, as a chart and a table. */
export function SensitivitySection(props: {
  sensitivity: ScenarioResult["sensitivity"];
  name: (partyId: string) => string;
}) {
  const { text } = useFundingText();
  const assumption = (a: PartySensitivity["bars"][number]["assumption"]) => text(`assumption.${a}`);
  return (
    <Section title={text("sensitivity.title")}>
      <p>{text("sensitivity.intro")}</p>
      <For each={props.sensitivity}>
        {(s) => (
          <>
            <h3>{text("sensitivity.party", { party: props.name(s.partyId) })}</h3>
            <EuroBarChart
              labels={s.bars.map((b) => assumption(b.assumption))}
              series={[
                {
                  label: text("sensitivity.atLow"),
                  data: s.bars.map((b) => b.meanAtLow),
                  color: seriesColors[0],
                },
                {
                  label: text("sensitivity.atHigh"),
                  data: s.bars.map((b) => b.meanAtHigh),
                  color: seriesColors[1],
                },
              ]}
              summary={text("sensitivity.summary", { party: props.name(s.partyId) })}
            />
            <DataTable
              caption={text("sensitivity.caption", { party: props.name(s.partyId) })}
              rows={[...s.bars]}
              columns={[
                {
                  header: text("sensitivity.assumption"),
                  rowHeader: true,
                  cell: (b) => assumption(b.assumption),
                },
                { header: text("sensitivity.atLow"), cell: (b) => formatMoney(b.meanAtLow), class: "num" },
                { header: text("sensitivity.atHigh"), cell: (b) => formatMoney(b.meanAtHigh), class: "num" },
                { header: text("sensitivity.swing"), cell: (b) => formatMoney(b.swing), class: "num" },
              ]}
            />
          </>
        )}
      </For>
    </Section>
  );
}
