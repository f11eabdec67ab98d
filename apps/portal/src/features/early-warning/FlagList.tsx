import { For } from "solid-js";
import { type FlagFacts, useEarlyWarningText } from "./text.ts";
import "./early-warning.css";

/** One student's flags: each names the rule that fired and says why, in the user's language. */
export function FlagList(props: { flags: readonly FlagFacts[]; label?: string }) {
  const { text, reason } = useEarlyWarningText();
  return (
    <ul class="ew-flags" aria-label={props.label}>
      <For each={props.flags}>
        {(flag) => (
          <li class="ew-flag">
            <strong>{text(`rule.${flag.rule}`)}</strong>: {reason(flag)}
          </li>
        )}
      </For>
    </ul>
  );
}
