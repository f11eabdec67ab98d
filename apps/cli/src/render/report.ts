/**
 * What a command produces, before it is rendered: tables of typed columns (so the text, CSV and
 * XLSX renderers each write a euro as euros) and the assumptions the figures rest on.
 */
export type ColumnKind = "text" | "date" | "euro" | "share" | "integer" | "number";

export interface Column {
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
}

export type Cell = string | number | undefined;
export type Row = Readonly<Record<string, Cell>>;

export interface Table {
  /** Title on stdout and the XLSX sheet's name. */
  readonly title: string;
  readonly columns: ReadonlyArray<Column>;
  readonly rows: ReadonlyArray<Row>;
  /** A totals row, shown under a rule. */
  readonly total?: Row;
}

export interface Report {
  /** The first table is the one `--csv` writes. */
  readonly tables: ReadonlyArray<Table>;
  readonly assumptions: Table;
}
