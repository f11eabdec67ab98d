import { type ApiOutputs, DataTable } from "@polku/ui";
import { A } from "@solidjs/router";
import { useCoachingText } from "./text.ts";

type Session = ApiOutputs["coaching"]["upcoming"][number];

/** Sessions as a table: when (Helsinki time), what, which kind, who, where. */
export function SessionsTable(props: {
  caption: string;
  empty: string;
  rows: readonly Session[];
  hideCaption?: boolean;
}) {
  const { text, formatDateTime } = useCoachingText();
  const who = (s: Session) =>
    s.kind === "individual" && s.participants[0]
      ? `${s.participants[0].firstName} ${s.participants[0].lastName}`
      : (s.groupName ?? text("participants.count", { count: s.participants.length }));
  return (
    <DataTable
      caption={props.caption}
      hideCaption={props.hideCaption}
      empty={props.empty}
      rows={props.rows}
      columns={[
        { header: text("col.when"), cell: (s) => formatDateTime(s.startsAt) },
        {
          header: text("col.title"),
          rowHeader: true,
          cell: (s) => <A href={`/coaching/sessions/${s.id}`}>{s.title}</A>,
        },
        { header: text("col.kind"), cell: (s) => text(`kind.${s.kind}` as "kind.group") },
        { header: text("col.participants"), cell: who },
        { header: text("col.location"), cell: (s) => s.location ?? "–" },
      ]}
    />
  );
}
