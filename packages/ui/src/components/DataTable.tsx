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
 * A table with a caption and header cells. On a phone each row becomes a card of "header: value" lines
 * (styles.css, `.table-stack`), so nothing scrolls sideways; the elements keep their table roles
 * explicitly, as browsers drop a table's semantics once CSS changes its display (biome.json allows
 * these "redundant" roles in this file). `stack={false}` keeps the grid (a wide comparison is better
 * read as one), and then the wrapper scrolls sideways: it is a named, focusable region so a keyboard
 * user can scroll it too (WCAG 2.1.1).
 */
export function DataTable<T>(props: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  empty?: JSX.Element;
  hideCaption?: boolean;
  stack?: boolean;
}) {
  const captionId = `table-${createUniqueId()}`;
  return (
    <Show when={props.rows.length > 0} fallback={<Empty>{props.empty}</Empty>}>
      <section class="table-wrap" aria-labelledby={captionId} tabindex="0">
        <table class={props.stack === false ? "table" : "table table-stack"} role="table">
          <caption id={captionId} class={props.hideCaption ? "visually-hidden" : undefined}>
            {props.caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <For each={props.columns}>
                {(column) => (
                  <th scope="col" role="columnheader">
                    {column.header}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody role="rowgroup">
            <For each={props.rows}>
              {(row) => (
                <tr role="row">
                  <For each={props.columns}>
                    {(column) =>
                      column.rowHeader ? (
                        <th scope="row" role="rowheader" class={column.class} data-label={column.header}>
                          {column.cell(row)}
                        </th>
                      ) : (
                        <td role="cell" class={column.class} data-label={column.header}>
                          {column.cell(row)}
                        </td>
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
