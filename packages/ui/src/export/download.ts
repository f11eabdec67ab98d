/**
 * Offers text or a blob as a file download: a temporary object URL on a link that is clicked at once,
 * released a moment later (at once would cancel the download in some browsers).
 */
export function downloadFile(name: string, content: string | Blob, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(typeof content === "string" ? new Blob([content], { type }) : content);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
