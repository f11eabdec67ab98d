import { CheckboxField } from "@polku/ui";
import { For, Show } from "solid-js";
import { usePluginText } from "../text.ts";

export interface OpenNeed {
  readonly id: string;
  readonly field: string;
  readonly description: string;
  readonly organisationName: string;
}

export const needLabel = (n: { organisationName: string; field: string; description: string }) =>
  `${n.organisationName}: ${n.field} – ${n.description}`;

/** The companies' open competence needs (the core's) as boxes to tick: the ones a badge version answers. */
export function NeedPicker(props: {
  needs: readonly OpenNeed[];
  chosen: ReadonlySet<string>;
  onChosen: (next: ReadonlySet<string>) => void;
  error?: string | undefined;
}) {
  const { text } = usePluginText();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(props.chosen);
    if (on) next.add(id);
    else next.delete(id);
    props.onChosen(next);
  };
  return (
    <fieldset>
      <legend>{text("needs.pick")}</legend>
      <Show when={props.needs.length > 0} fallback={<p>{text("needs.none")}</p>}>
        <For each={props.needs}>
          {(n) => (
            <CheckboxField
              label={needLabel(n)}
              checked={props.chosen.has(n.id)}
              onChecked={(on) => toggle(n.id, on)}
            />
          )}
        </For>
      </Show>
      <Show when={props.error}>
        <p class="field-error">{props.error}</p>
      </Show>
    </fieldset>
  );
}
