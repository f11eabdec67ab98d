import { For } from "solid-js";
import { usePluginText } from "../text.ts";
import type { ChecklistEntry } from "../vocabulary.ts";

/** The chapter's checklist for one training: each item in words, with done or open said in words too. */
export function Checklist(props: { items: readonly ChecklistEntry[] }) {
  const { text } = usePluginText();
  return (
    <ul class="kaikkien-checklist">
      <For each={props.items}>
        {(entry) => (
          <li>
            <strong>{entry.done ? `✓ ${text("training.done")}` : `○ ${text("training.notDone")}`}</strong>
            {": "}
            {text(`check.${entry.item}`)}
          </li>
        )}
      </For>
    </ul>
  );
}
