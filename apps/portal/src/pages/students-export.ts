/**
 * The student list as a file: every student the list's current search and filters find, not only the
 * page on screen. The rows come through the same `students.list` procedure, so each read is audited
 * as the page's are, a page of MAX_STUDENT_PAGE at a time until a short page says the list has ended.
 */
import type { ApiOutputs, ExportColumn } from "@polku/ui";

export type StudentRow = ApiOutputs["students"]["list"][number];

/** The largest page the API gives (students.list's MAX_STUDENT_PAGE): fewer requests, none refused. */
export const EXPORT_PAGE_SIZE = 500;

/** Reads page after page with `list` (offset by the rows read so far) until a page comes back short. */
export async function readAllPages<Row>(
  list: (page: { limit: number; offset: number }) => Promise<readonly Row[]>,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (;;) {
    const page = await list({ limit: pageSize, offset: rows.length });
    rows.push(...page);
    if (page.length < pageSize) return rows;
  }
}

/** The columns of the file, headers in the person's language (`t`), phases and study rights in words. */
export const studentExportColumns = (t: (key: string) => string): ExportColumn<StudentRow>[] => [
  { header: t("students.lastName"), kind: "text", value: (s) => s.lastName },
  { header: t("students.firstName"), kind: "text", value: (s) => s.firstName },
  { header: t("students.birthDate"), kind: "date", value: (s) => s.birthDate },
  { header: t("students.qualification"), kind: "text", value: (s) => s.qualificationName },
  { header: t("students.phase"), kind: "text", value: (s) => t(`phase.${s.phase}`) },
  { header: t("students.studyRight"), kind: "text", value: (s) => t(`studyRight.${s.studyRightState}`) },
  { header: t("student.minor"), kind: "text", value: (s) => (s.minor ? t("students.yes") : "") },
  { header: t("students.expectedGraduation"), kind: "date", value: (s) => s.expectedGraduation },
];
