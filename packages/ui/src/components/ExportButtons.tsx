import { createSignal, Show } from "solid-js";
import { downloadFile } from "../export/download.ts";
import { type ExportSheet, exportFileName, toCsv } from "../export/table.ts";
import { useI18n } from "../i18n/context.tsx";
import { ApiError, StatusMessage } from "./Alert.tsx";
import { Button } from "./Button.tsx";

export interface ExportButtonsProps {
  /** What the file holds, for the buttons' group ("Lataa tiedostona: Opiskelijat"). */
  label: string;
  /** The file's name without the extension ("opiskelijat-2026-12-03"). */
  fileName: string;
  /**
   * The tables, read when a button is pressed (so a list of many pages is fetched then, not before).
   * The CSV file holds the first; the workbook has a sheet for each.
   */
  sheets: () => readonly ExportSheet<unknown>[] | Promise<readonly ExportSheet<unknown>[]>;
}

/**
 * "Lataa CSV" and "Lataa Excel" for a list: busy while the rows are read and the file is made, then a
 * status line that says how many rows the file has; a failure is shown beside the buttons.
 */
export function ExportButtons(props: ExportButtonsProps) {
  const { t } = useI18n();
  const [busy, setBusy] = createSignal<"csv" | "xlsx" | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const [error, setError] = createSignal<unknown>(null);

  const run = async (format: "csv" | "xlsx") => {
    setBusy(format);
    setDone(null);
    setError(null);
    try {
      const sheets = await props.sheets();
      const name = exportFileName(props.fileName, format);
      const first = sheets[0] ?? { title: props.label, columns: [], rows: [] };
      if (format === "csv") downloadFile(name, toCsv(first));
      else {
        // Loaded here, not with the page: the workbook code and exceljs are large.
        const { toXlsx } = await import("../export/xlsx.ts");
        downloadFile(name, await toXlsx(sheets));
      }
      setDone(t("export.done", { file: name, count: first.rows.length }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="export-buttons">
      {/* A fieldset named by its legend: a screen reader hears what the two buttons download. */}
      <fieldset class="button-row export-buttons-set">
        <legend class="visually-hidden">{t("export.group", { what: props.label })}</legend>
        <Button
          variant="secondary"
          busy={busy() === "csv"}
          disabled={busy() !== null}
          onClick={() => void run("csv")}
        >
          {t("export.csv")}
        </Button>
        <Button
          variant="secondary"
          busy={busy() === "xlsx"}
          disabled={busy() !== null}
          onClick={() => void run("xlsx")}
        >
          {t("export.xlsx")}
        </Button>
      </fieldset>
      <StatusMessage message={busy() ? t("export.preparing") : done()} />
      <Show when={error()}>{(failure) => <ApiError error={failure()} />}</Show>
    </div>
  );
}
