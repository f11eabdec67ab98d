import { For, type JSX, Show } from "solid-js";
import { Empty } from "./States.tsx";

/**
 * A few items as a list of links or lines (a home page card's next sessions, newest handovers, own
 * students), or one line saying there are none: never an empty list for a screen reader to announce.
 */
export function ShortList<T>(props: {
  rows: readonly T[];
  empty: string;
  children: (row: T) => JSX.Element;
}) {
  return (
    <Show when={props.rows.length > 0} fallback={<Empty>{props.empty}</Empty>}>
      <ul class="link-list">
        <For each={props.rows}>{(row) => <li>{props.children(row)}</li>}</For>
      </ul>
    </Show>
  );
}
