/**
 * The real CLI as a child process on the demo region's files (examples/): the printed figures
 * against the domain's own numbers, CSV and XLSX read back, bad input refused with nothing written,
 * the seed repeating a run, and plain progress lines when not on a terminal.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildStatement,
  compilePopulation,
  law2026,
  runScenarios,
  type ScenarioAssumptions,
} from "@polku/domain/funding";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readAgreement } from "../src/inputs/agreement.ts";
import { readCohort } from "../src/inputs/cohort.ts";
import { formatEuros } from "../src/numbers.ts";
import { appDir, polku, rowOf } from "./run.ts";

const agreementFile = "examples/sopimus.json";
const cohortFile = "examples/kohortti.csv";
const base = ["-a", agreementFile, "-c", cohortFile, "-y", "2027"];
const out = mkdtempSync(join(tmpdir(), "polku-cli-"));
const at = (f: string) => join(appDir, f);

// The same inputs the CLI reads, priced by the domain here.
const versions = readAgreement(at(agreementFile), "fi").versions;
const cohort = readCohort(at(cohortFile), "fi");
const national = { budget: 2_100_000_000, points: { placement: 40_000 } };
const names: Record<string, string> = {
  verstas: "Nuorten työpaja Verstas (verstas)",
  rakennus: "Savon Rakennuspalvelu Oy (rakennus)",
  hoiva: "Kotikulman Hoiva Oy (hoiva)",
  nuorisopalvelut: "Mikkelin nuorisopalvelut (nuorisopalvelut)",
  jarvilaakso: "Järvilaakson ammattiopisto (jarvilaakso)",
};

describe("polku funding statement", () => {
  const csv = join(out, "tiliote.csv");
  const xlsx = join(out, "tiliote.xlsx");
  let run: Awaited<ReturnType<typeof polku>>;
  const expected = Object.keys(names)
    .filter((p) => p !== "jarvilaakso")
    .map((partyId) =>
      buildStatement({
        versions,
        partyId,
        fundingYear: 2027,
        model: law2026,
        national,
        paths: cohort.paths,
        pseudonymKey: "demo-avain",
      }),
    );
  beforeAll(async () => {
    run = await polku(["funding", "statement", ...base, "--csv", csv, "--xlsx", xlsx], {
      POLKU_PSEUDONYM_KEY: "demo-avain",
    });
  });

  it("prints each party's total as the domain computes it, in Finnish euros", () => {
    expect(run.code, run.stderr).toBe(0);
    for (const s of expected) {
      const row = rowOf(run.stdout, "Yhteenveto", names[s.partyId]!);
      expect(row[2]).toBe(String(s.lines.length));
      expect(row[3]).toBe(formatEuros(s.attributedEuros));
      expect(row.at(-2)).toBe(formatEuros(s.euros));
    }
    // Hand-worked: a placement pays half a point in 2027 (two-year average), at
    // 2 100 000 000 € x 0,18 / 40 000 points = 9 450 € a point: 4 725 €.
    expect(run.stdout).toContain(formatEuros(4725));
    // The workshop's lines come to less than its floor of 10 000 €: the floor lifts it.
    const verstas = expected.find((s) => s.partyId === "verstas")!;
    expect(verstas.adjustment).toBe("floor");
    expect(verstas.euros).toBe(10_000);
    expect(run.stdout).toContain(formatEuros(10_000));
    console.log(
      expected
        .map((s) => `${s.partyId}: ${s.lines.length} lines, ${formatEuros(s.euros)} (${s.adjustment})`)
        .join("\n"),
    );
  });

  it("writes the lines as Finnish CSV (BOM, ;, decimal commas) that reads back", () => {
    const text = readFileSync(csv, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(text, { delimiter: ";", bom: true });
    expect(rows[0]).toContain("Maksetaan €");
    const lines = expected.flatMap((s) => s.lines);
    expect(rows).toHaveLength(1 + lines.length + 1); // header, lines, total
    const paid = rows[0]!.indexOf("Maksetaan €");
    rows.slice(1, -1).forEach((r, i) => {
      expect(r[paid]).toBe(lines[i]!.euros.toFixed(2).replace(".", ","));
      expect(r[1]).toMatch(/^P-[0-9a-f]{16}$/); // pseudonyms: no party here may see its students
    });
  });

  it("writes an XLSX with a sheet per table, Finnish euro formats and the assumptions", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Tiliote 2027", "Yhteenveto", "Oletukset"]);
    const summary = book.getWorksheet("Yhteenveto")!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const col = header.lastIndexOf("Maksetaan €") + 1;
    expected.forEach((s, i) => {
      const cell = summary.getRow(i + 2).getCell(col);
      expect(cell.value).toBeCloseTo(s.euros, 6);
      expect(cell.numFmt).toBe("#,##0.00 [$€-40B]");
    });
    const assumptions = book.getWorksheet("Oletukset")!;
    const named = new Map<string, unknown>();
    assumptions.eachRow((row) => named.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(named.get("nationalBudget")).toBe(2_100_000_000);
    expect(named.get("nationalPoints.placement")).toBe(40_000);
    expect(named.get("model")).toBe("law-2026");
  });

  it("asks for the pseudonym key rather than inventing one", async () => {
    const r = await polku(["funding", "statement", ...base], { POLKU_PSEUDONYM_KEY: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--pseudonym-key");
  });
});

describe("polku funding simulate", () => {
  const args = ["funding", "simulate", ...base, "-n", "2000", "--seed", "7"];

  it("prints each party's distribution as the domain's run with the same seed gives it", async () => {
    const run = await polku([...args, "--no-sensitivity", "-q"]);
    expect(run.code, run.stderr).toBe(0);
    const population = compilePopulation({
      model: law2026,
      fundingYear: 2027,
      paths: cohort.paths,
      agreements: [versions],
      openRate: 0,
    });
    let expectedPoints = 0;
    for (let g = 0; g < population.graduates; g++)
      expectedPoints += population.probability[g]! * population.points[g]!;
    const others = 40_000 - expectedPoints;
    const assumptions: ScenarioAssumptions = {
      placementRate: { kind: "normal", mean: 1, sd: 0.15, min: 0 },
      otherPoints: { kind: "uniform", min: others * 0.9, max: others * 1.1 },
      budget: { kind: "normal", mean: 2_100_000_000, sd: 105_000_000, min: 0 },
    };
    const domain = runScenarios(population, assumptions, { scenarios: 2000, seed: 7 });
    for (const s of [...domain.parties, ...domain.providers]) {
      const id = s.key.includes("/") ? s.key.split("/")[1]! : s.key;
      const row = rowOf(run.stdout, "Jakaumat", names[id]!);
      expect(row.slice(2)).toEqual([s.mean, s.p10, s.p50, s.p90].map(formatEuros));
    }
    console.log(
      [...domain.parties, ...domain.providers]
        .map(
          (s) =>
            `${s.key}: mean ${formatEuros(s.mean)}, p10 ${formatEuros(s.p10)}, p90 ${formatEuros(s.p90)}`,
        )
        .join("\n"),
    );
  });

  it("repeats a run exactly with the same seed, and differs with another", async () => {
    const [a, b, c] = await Promise.all([
      polku([...args, "-q"]),
      polku([...args, "-q"]),
      polku([...args.slice(0, -1), "8", "-q"]),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain("Herkkyys");
    expect(c.stdout).not.toBe(a.stdout);
  });

  it("prints plain progress lines on stderr when not on a terminal", async () => {
    const run = await polku([...args, "--no-sensitivity"]);
    const lines = run.stderr.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const l of lines) expect(l).toMatch(/^Skenaariot: \d+\/2000 \(\d+ %\)$/);
    expect(lines.at(-1)).toBe("Skenaariot: 2000/2000 (100 %)");
    expect(run.stderr).not.toContain("\r");
  });

  it("speaks English with --lang en, numbers still Finnish", async () => {
    const run = await polku([...args, "--no-sensitivity", "-q", "--lang", "en"]);
    expect(run.stdout).toContain("Distributions 2027");
    expect(run.stdout).toContain("Assumptions");
    expect(run.stdout).toMatch(/\d,\d\d\u00a0€/);
  });
});

describe("polku funding compare", () => {
  it("puts agreements and models side by side on the same random numbers", async () => {
    const csv = join(out, "vertailu.csv");
    const run = await polku([
      "funding",
      "compare",
      "-a",
      agreementFile,
      "-a",
      "examples/sopimus-shapley.json",
      "-c",
      cohortFile,
      "-y",
      "2027",
      "--model",
      "law-2022",
      "--model",
      "law-2026",
      "-n",
      "1000",
      "-q",
      "--csv",
      csv,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const rows: string[][] = parse(readFileSync(csv, "utf8"), { delimiter: ";", bom: true });
    const verstas = rows.filter((r) => r[0] === names.verstas);
    expect(verstas.map((r) => r[2])).toEqual([
      "sopimus.json v2 · law-2022 2027",
      "sopimus.json v2 · law-2026 2027",
      "sopimus-shapley.json v1 · law-2022 2027",
      "sopimus-shapley.json v1 · law-2026 2027",
    ]);
    expect(verstas[0]![7]).toBe("0,00"); // the first variant against itself
    // Every other variant differs from the party's first by its mean's difference.
    const euros = (x: string) => Number(x.replace(",", "."));
    for (const r of verstas) expect(euros(r[7]!)).toBeCloseTo(euros(r[3]!) - euros(verstas[0]![3]!), 1);
    // The provider keeps more under law-2026 (placement weighs 18 % against 7 %).
    const provider = rows
      .filter((r) => r[0] === names.jarvilaakso)
      .map((r) => Number(r[3]!.replace(",", ".")));
    expect(provider[1]!).toBeGreaterThan(provider[0]!);
    console.log(rows.map((r) => r.join(" | ")).join("\n"));
  });
});

describe("bad input", () => {
  it("prints every problem of a bad agreement with its line and field, exits 3, writes nothing", async () => {
    const csv = join(out, "ei.csv");
    const run = await polku([
      "funding",
      "simulate",
      "-a",
      "test/fixtures/bad-sopimus.json",
      "-c",
      cohortFile,
      "-y",
      "2027",
      "--csv",
      csv,
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(existsSync(csv)).toBe(false);
    const f = "test/fixtures/bad-sopimus.json";
    expect(run.stderr).toContain(`${f}: sopimuksessa on 4 virhettä; mitään ei kirjoitettu.`);
    expect(run.stderr).toContain(`${f}, rivi 6, kenttä effectiveFrom:`);
    expect(run.stderr).toContain(
      `${f}, rivi 9, kenttä parties[0].percentage: A percentage is between 0 and 100.`,
    );
    expect(run.stderr).toContain(`${f}, rivi 12, kenttä parties[1].role:`);
    expect(run.stderr).toContain(`${f}, rivi 16, kenttä parties[1].colour:`);
  });

  it("prints each bad CSV row with its line and field, exits 4, writes nothing", async () => {
    const xlsx = join(out, "ei.xlsx");
    const run = await polku([
      "funding",
      "statement",
      "-a",
      agreementFile,
      "-c",
      "test/fixtures/bad-kohortti.csv",
      "-y",
      "2027",
      "--pseudonym-key",
      "k",
      "--xlsx",
      xlsx,
    ]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe("");
    expect(existsSync(xlsx)).toBe(false);
    expect(run.stderr).toContain('bad-kohortti.csv, rivi 3, kenttä "tunnit": "12,x" ei ole luku');
    expect(run.stderr).toContain('bad-kohortti.csv, rivi 4, kenttä "pvm": "31.9.2024" ei ole päivämäärä');
  });

  it("exits 2 on an unknown option or a bad value, naming it", async () => {
    const a = await polku(["funding", "simulate", ...base, "--bogus"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("--bogus");
    const b = await polku(["funding", "simulate", ...base, "-n", "lots"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('"lots" is not a whole number');
  });
});

describe("validate and template", () => {
  it("validates the example agreement and cohort", async () => {
    const run = await polku(["funding", "validate", agreementFile, "--cohort", cohortFile]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("sopimus on kunnossa (2 versiota)");
    expect(run.stdout).toContain("42 / ");
  });

  it("writes the template once, and not over existing files without --force", async () => {
    const dir = join(out, "aloitus");
    const first = await polku(["funding", "template", dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(readFileSync(join(dir, "kohortti.csv"), "utf8")).toBe(readFileSync(at(cohortFile), "utf8"));
    const again = await polku(["funding", "template", dir]);
    expect(again.code).toBe(5);
    expect(again.stderr).toContain("--force");
    const valid = await polku([
      "funding",
      "validate",
      join(dir, "sopimus.json"),
      "-c",
      join(dir, "kohortti.csv"),
    ]);
    expect(valid.code).toBe(0);
  });
});
