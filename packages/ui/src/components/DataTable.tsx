import { createUniqueId, For, type JSX, Show } from "solid-js";
import { Empty } from "./States.tsx";

export interface Column<T> {
  header: string;
  cell: (row: T) => JSX.Element;
  /** The row's header cell (e.g. the name): read out with each cell of the row. */
  rowHeader?: boolean;
  class?: string;
}

/**
 * A table with a caption and header cells. The wrapper scrolls sideways on a narrow screen; it is a
 * named, focusable region so a keyboard user can scroll it too (WCAG 2.1.1).
 */
export function DataTable<T>(props: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  empty?: JSX.Element;
  hideCaption?: boolean;
}) {
  const captionId = `table-${createUniqueId()}`;
  return (
    <Show when={props.rows.length > 0} fallback={<Empty>{props.empty}</Empty>}>
      <section class="table-wrap" aria-labelledby={captionId} tabindex="0">
        <table class="table">
          <caption id={captionId} class={props.hideCaption ? "visually-hidden" : undefined}>
            {props.caption}
          </caption>
          <thead>
            <tr>
              <For each={props.columns}>{(column) => <th scope="col">{column.header}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr>
                  <For each={props.columns}>
                    {(column) =>
                      column.rowHeader ? (
                        <th scope="row" class={column.class}>
                          {column.cell(row)}
                        </th>
                      ) : (
                        <td class={column.class}>{column.cell(row)}</td>
                      )
                    }
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
