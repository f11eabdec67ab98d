import { For, type JSX, Show } from "solid-js";
import { Empty } from "./States.tsx";

export interface TimelineDetail {
  label: string;
  value: JSX.Element;
}

export interface TimelineItem {
  id: string;
  title: string;
  /** Shown as a badge with text; colour only repeats what the text says (WCAG 1.4.1). */
  status?: { label: string; tone: "neutral" | "active" | "done" | "cancelled" };
  /** A group heading shown when it changes from the previous item (the pathway's phase). */
  group?: string;
  details?: readonly TimelineDetail[];
  /** Extra content, e.g. a form to change the step's status. */
  actions?: JSX.Element;
}

/** An ordered list of events, oldest first; each event titled with a heading for quick navigation. */
export function Timeline(props: { label: string; items: readonly TimelineItem[]; empty?: JSX.Element }) {
  return (
    <Show when={props.items.length > 0} fallback={<Empty>{props.empty}</Empty>}>
      <ol class="timeline" aria-label={props.label}>
        <For each={props.items}>
          {(item, index) => (
            <li class={`timeline-item timeline-${item.status?.tone ?? "neutral"}`}>
              <Show when={item.group && item.group !== props.items[index() - 1]?.group}>
                <p class="timeline-group">{item.group}</p>
              </Show>
              <div class="timeline-card">
                <h3 class="timeline-title">
                  {item.title}
                  <Show when={item.status}>
                    {(status) => <span class={`badge badge-${status().tone}`}>{status().label}</span>}
                  </Show>
                </h3>
                <Show when={item.details && item.details.length > 0}>
                  <dl class="details">
                    <For each={item.details}>
                      {(detail) => (
                        <div class="details-row">
                          <dt>{detail.label}</dt>
                          <dd>{detail.value}</dd>
                        </div>
                      )}
                    </For>
                  </dl>
                </Show>
                {item.actions}
              </div>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
