import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library";
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportSheet } from "../export/table.ts";
import { I18nProvider } from "../i18n/context.tsx";
import { ExportButtons } from "./ExportButtons.tsx";

const sheet: ExportSheet<{ name: string; hours: number }> = {
  title: "Tunnit",
  columns: [
    { header: "Nimi", kind: "text", value: (r) => r.name },
    { header: "Tunnit", kind: "number", value: (r) => r.hours },
  ],
  rows: [
    { name: "Aino", hours: 1.5 },
    { name: "Eero", hours: 2 },
  ],
};

/** The files the buttons offered: what was put behind each object URL, and the link's file name. */
let offered: Array<{ name: string; blob: Blob }>;
beforeEach(() => {
  offered = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    offered.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => vi.restoreAllMocks());

const renderButtons = (sheets: () => Promise<readonly ExportSheet<unknown>[]>, locale: "fi" | "sv" = "fi") =>
  render(() => (
    <I18nProvider locale={locale}>
      <ExportButtons label="Tunnit" fileName="tunnit 2026" sheets={sheets} />
    </I18nProvider>
  ));

describe("export buttons", () => {
  it("download the rows read at the click as CSV and as a workbook, and say how many", async () => {
    let reads = 0;
    renderButtons(async () => {
      reads++;
      return [sheet];
    });
    expect(reads).toBe(0);
    expect(screen.getByRole("group", { name: "Lataa tiedostona: Tunnit" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Lataa CSV" }));
    await waitFor(() => expect(offered).toHaveLength(1));
    expect(offered[0]!.name).toBe("tunnit-2026.csv");
    // The BOM is in the file's bytes (Blob.text() would drop it while decoding).
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await offered[0]!.blob.arrayBuffer())).toBe(
      "\uFEFFNimi;Tunnit\r\nAino;1,50\r\nEero;2\r\n",
    );
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe("Tiedosto tunnit-2026.csv on ladattu: 2 riviä."),
    );

    fireEvent.click(screen.getByRole("button", { name: "Lataa Excel" }));
    await waitFor(() => expect(offered).toHaveLength(2));
    expect(offered[1]!.name).toBe("tunnit-2026.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await offered[1]!.blob.arrayBuffer());
    expect(workbook.getWorksheet("Tunnit")!.getRow(2).getCell(2).value).toBe(1.5);
    expect(reads).toBe(2);
  });

  it("show why a file could not be made, in the user's language", async () => {
    renderButtons(() => Promise.reject(new Error("Failed to fetch")), "sv");
    fireEvent.click(screen.getByRole("button", { name: "Ladda ner CSV" }));
    await waitFor(() => expect(screen.getByRole("alert")).toBeTruthy());
    expect(offered).toHaveLength(0);
    expect(screen.getByRole("button", { name: "Ladda ner CSV" }).hasAttribute("disabled")).toBe(false);
  });
});
