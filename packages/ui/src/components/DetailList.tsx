import { For, type JSX } from "solid-js";

/** Label–value pairs (a student's basic details) as a description list. */
export function DetailList(props: { items: readonly { label: string; value: JSX.Element }[] }) {
  return (
    <dl class="details details-grid">
      <For each={props.items}>
        {(item) => (
          <div class="details-row">
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
