import { toCsv } from "@polku/ui";
import { describe, expect, it } from "vitest";
import { readAllPages, type StudentRow, studentExportColumns } from "./students-export.ts";

describe("the student list's export", () => {
  it("reads every page, each from where the last ended, and stops at the first short page", async () => {
    const all = Array.from({ length: 1203 }, (_, i) => i);
    const asked: Array<{ limit: number; offset: number }> = [];
    const rows = await readAllPages(async (page) => {
      asked.push(page);
      return all.slice(page.offset, page.offset + page.limit);
    });
    expect(rows).toEqual(all);
    expect(asked).toEqual([
      { limit: 500, offset: 0 },
      { limit: 500, offset: 500 },
      { limit: 500, offset: 1000 },
    ]);
  });

  it("asks once more after a full last page, and gets nothing", async () => {
    const all = Array.from({ length: 4 }, (_, i) => i);
    let calls = 0;
    const rows = await readAllPages(async ({ limit, offset }) => {
      calls++;
      return all.slice(offset, offset + limit);
    }, 2);
    expect(rows).toEqual(all);
    expect(calls).toBe(3);
  });

  it("writes names, dates and the words of phase and study right", () => {
    const words: Record<string, string> = {
      "students.lastName": "Sukunimi",
      "students.firstName": "Etunimi",
      "students.birthDate": "Syntymäaika",
      "students.qualification": "Tutkinto",
      "students.phase": "Vaihe",
      "students.studyRight": "Opiskeluoikeus",
      "student.minor": "Alaikäinen",
      "students.expectedGraduation": "Arvioitu valmistuminen",
      "students.yes": "kyllä",
      "phase.studies": "Opinnot",
      "studyRight.lasna": "Läsnä",
    };
    const t = (key: string) => words[key] ?? key;
    const student: StudentRow = {
      id: "s1",
      providerId: "p1",
      firstName: "Aino",
      lastName: "Mäkinen",
      birthDate: "2009-04-02",
      studyRightState: "lasna",
      qualificationName: null,
      phase: "studies",
      expectedGraduation: "2027-05-31",
      minor: true,
    };
    expect(toCsv({ columns: studentExportColumns(t), rows: [student] })).toBe(
      "\uFEFFSukunimi;Etunimi;Syntymäaika;Tutkinto;Vaihe;Opiskeluoikeus;Alaikäinen;Arvioitu valmistuminen\r\n" +
        "Mäkinen;Aino;2.4.2009;;Opinnot;Läsnä;kyllä;31.5.2027\r\n",
    );
  });
});
