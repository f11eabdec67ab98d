/** Cells and chart summaries shared by the dashboard's sections. */
import { Show } from "solid-js";
import { NotShown, useMetricsText } from "./shared.tsx";

type Pct = number | null;

/** One cell of a figure: the value, or why there is none. */
export function Figure(props: { suppressed: boolean; value: Pct; format: (v: number) => string }) {
  return (
    <Show when={props.value !== null} fallback={<NotShown reason={props.suppressed ? "floor" : "none"} />}>
      {props.format(props.value!)}
    </Show>
  );
}

export function StudentCount(props: { students: number | null }) {
  const { text } = useMetricsText();
  return <>{props.students === null ? text("metrics.fewerThan5") : props.students}</>;
}

/** "Syyskuu 2026: 78,6 %; …" for the canvas's label: what a sighted reader takes from the bars. */
export const summaryOf = (intro: string, parts: readonly string[], note: string) =>
  `${intro} ${parts.join("; ")}${parts.length > 0 ? ". " : ""}${note}`;
