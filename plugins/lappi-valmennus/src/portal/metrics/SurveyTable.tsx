import { DataTable } from "@polku/ui";
import { A } from "@solidjs/router";
import { base, useMetricsText } from "./shared.tsx";

export interface SurveyRow {
  readonly id: string;
  readonly title: string;
  readonly audience: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly status: "upcoming" | "open" | "closed";
  readonly answers: number;
}

/** The provider's surveys for managers: each linked to its results, with how many have answered. */
export function SurveyTable(props: { rows: readonly SurveyRow[] }) {
  const { text, formatDate } = useMetricsText();
  return (
    <DataTable
      caption={text("metrics.surveys.caption")}
      empty={text("metrics.surveys.empty")}
      rows={props.rows}
      columns={[
        {
          header: text("metrics.surveys.survey"),
          rowHeader: true,
          cell: (s) => <A href={`${base}/surveys/${s.id}/results`}>{s.title}</A>,
        },
        {
          header: text("metrics.surveys.audience"),
          cell: (s) => text(s.audience === "team" ? "metrics.audience.team" : "metrics.audience.student"),
        },
        {
          header: text("metrics.surveys.period"),
          cell: (s) => `${formatDate(s.opensOn)}–${formatDate(s.closesOn)}`,
        },
        { header: text("metrics.surveys.status"), cell: (s) => text(`metrics.status.${s.status}`) },
        { header: text("metrics.surveys.answers"), cell: (s) => s.answers },
      ]}
    />
  );
}
