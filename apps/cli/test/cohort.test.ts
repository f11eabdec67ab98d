import { describe, expect, it } from "vitest";
import { CliError, ExitCode } from "../src/errors.ts";
import { checkAgreementText } from "../src/inputs/agreement.ts";
import { parseCohort } from "../src/inputs/cohort.ts";
import { parseDate, parseNumber } from "../src/numbers.ts";

const header = "opiskelija;tietue;laji;pvm;loppuu;tila;tekijä;rooli;nimi;tunnit;kuukaudet;työssä_ennen";

describe("the cohort CSV", () => {
  it("reads graduations, steps and outcomes, with or without a BOM, Finnish commas and dates", () => {
    const body = [
      header,
      "s1;valmistuminen;;31.5.2024;;;esedu;oppilaitos;Esedu;;;ei",
      "s1;vaihe;work-trial;1.7.2024;30.7.2024;tehty;paja;työpaja;Verstas;37,5;;",
      "s1;vaihe;coaching-session;2024-03-01;;;esedu;;;10;;",
      "",
      "s1;tulos;työssä;1.9.2024;;;;;;;3,5;",
      "s2;valmistuminen;;31.5.2024;;;esedu;;;;;kyllä",
    ].join("\r\n");
    for (const text of [body, `\uFEFF${body}`]) {
      const cohort = parseCohort("k.csv", text, "fi");
      expect(cohort.paths).toHaveLength(2);
      const [s1, s2] = cohort.paths;
      expect(s1!.graduate).toEqual({
        studentId: "s1",
        providerId: "esedu",
        graduatedOn: "2024-05-31",
        employedBeforeTraining: false,
        outcomes: [{ kind: "employed", date: "2024-09-01", employmentMonths: 3.5 }],
      });
      expect(s1!.steps).toEqual([
        {
          kind: "work-trial",
          status: "done",
          contributor: { id: "paja", role: "workshop", name: "Verstas" },
          startsOn: "2024-07-01",
          endsOn: "2024-07-30",
          hours: 37.5,
        },
        {
          kind: "coaching-session",
          status: "done",
          contributor: { id: "esedu", role: "provider", name: "Esedu" },
          startsOn: "2024-03-01",
          hours: 10,
        },
      ]);
      expect(s2!.graduate.employedBeforeTraining).toBe(true);
      expect(cohort.contributors.get("paja")?.name).toBe("Verstas");
    }
  });

  it("names the file, line and field of every bad cell and returns nothing", () => {
    const text = [
      header,
      "s1;valmistuminen;;31.5.2024;;;esedu;oppilaitos;;;;ei",
      "s1;vaihe;work-trial;1.7.2024;;tehty;paja;työpaja;;12,x;;",
      "",
      "s1;tulos;työssä;31.9.2024;;;;;;;3;",
      "s1;vaihe;work-trial;1.7.2024;;tehty;paja;yritys;;1;;",
      "s9;tulos;korkeakoulu;1.9.2024;;;;;;;;",
    ].join("\n");
    let error: unknown;
    try {
      parseCohort("k.csv", text, "en");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    const e = error as CliError;
    expect(e.exitCode).toBe(ExitCode.cohort);
    expect(e.lines).toEqual([
      "k.csv: the cohort file has 4 problems; nothing was written.",
      '  k.csv, line 3, field "tunnit": "12,x" is not a number from 0 to 10000 (a decimal comma is fine).',
      '  k.csv, line 5, field "pvm": "31.9.2024" is not a date: write 31.5.2024 or 2024-05-31.',
      '  k.csv, line 6, field "rooli": "paja" already has the role "workshop" on line 3: a contributor has one role.',
      '  k.csv, line 7: "s9" has no graduation row (record "valmistuminen").',
    ]);
  });

  it("says so when the columns are separated by commas or a column is unknown", () => {
    expect(() => parseCohort("k.csv", "opiskelija,tietue,laji,pvm,tekijä\n", "en")).toThrow(/use semicolons/);
    expect(() => parseCohort("k.csv", `${header};väri\n`, "en")).toThrow(/field "väri": Unknown column/);
  });
});

describe("numbers and agreements", () => {
  it("reads Finnish numbers and dates", () => {
    expect(parseNumber("1 234,5")).toBe(1234.5);
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber("12,x")).toBeUndefined();
    expect(parseDate("1.9.2024")).toBe("2024-09-01");
    expect(parseDate("29.2.2023")).toBeUndefined();
  });

  it("gives the line of each agreement problem, and of a JSON syntax error", () => {
    const text =
      '{\n  "id": "a",\n  "version": 0,\n  "providerId": "p",\n  "title": "t",\n  "effectiveFrom": "2024-01-01",\n  "attribution": { "rule": "last", "windowDays": 30 },\n  "parties": []\n}';
    const { problems } = checkAgreementText(text);
    expect(problems.map((p) => [p.line, p.path])).toEqual([[3, "version"]]);
    expect(checkAgreementText('{\n  "id": "a",\n  "version": 1,,\n}').problems[0]?.line).toBe(3);
  });
});
