import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { bundledQualificationsFile, loadQualificationRequirements } from "./qualifications.ts";
import { anonymousScope, createTestDb, inScope, type TestDb, testDatabases } from "./testing.ts";

const bundled = JSON.parse(readFileSync(bundledQualificationsFile, "utf8")) as Array<Record<string, unknown>>;

const count = async (t: TestDb, table: "qualification" | "qualification_unit") =>
  rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!
    .n;

/** The qualification catalogue (migration 0016): the loader, and who may read and write it. */
describe.each(testDatabases())("the qualification catalogue on $kind", ({ kind }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(kind);
  }, 120_000);
  afterAll(() => t?.dispose());

  it("loads the seven real qualifications, and loading again replaces rather than adds", async () => {
    const report = await loadQualificationRequirements(t.db, bundled);
    expect(report.qualifications).toBe(7);
    expect(report.unitsWithoutCode).toEqual([
      { qualification: "Luonto- ja ympäristöalan perustutkinto", unit: "Yritystoiminnan suunnittelu" },
    ]);
    expect(await count(t, "qualification")).toBe(7);
    expect(await count(t, "qualification_unit")).toBe(report.units);
    const [unit] = rowsOf<{ name_fi: string; competence_points: string; kind: string; position: number }>(
      await t.db.execute(sql`select u.name_fi, u.competence_points::text, u.kind, u.position
        from qualification_unit u join qualification q on q.id = u.qualification_id
        where q.diary_number = '79/011/2014' and u.code = 'tutkinnonosat_100832'`),
    );
    expect(unit).toEqual({
      name_fi: "Kasvun tukeminen ja ohjaus",
      competence_points: "20.0",
      kind: "vocational",
      position: 1,
    });

    const renamed = structuredClone(bundled);
    (renamed[0]!.tutkinnonOsat as Array<{ nimi: { fi: string } }>)[1]!.nimi.fi = "Kasvun tukeminen";
    (renamed[0]!.tutkinnonOsat as unknown[]).splice(2, 1);
    const again = await loadQualificationRequirements(t.db, renamed);
    expect(await count(t, "qualification")).toBe(7);
    expect(await count(t, "qualification_unit")).toBe(again.units);
    expect(again.units).toBe(report.units - 1);
    const names = rowsOf<{ name_fi: string }>(
      await t.db.execute(sql`select name_fi from qualification_unit where code = 'tutkinnonosat_100832'`),
    );
    expect(names.map((n) => n.name_fi)).toContain("Kasvun tukeminen");
  });

  it("loads nothing of a file with a problem and names the problem", async () => {
    const before = await count(t, "qualification_unit");
    const broken = structuredClone(bundled);
    broken.push({ ...broken[0]!, diaarinumero: "NEW-1", koulutus: ["37110"] });
    await expect(loadQualificationRequirements(t.db, broken)).rejects.toThrow(
      /\[7\]\.koulutus\[0\]: Write a six-digit education \(koulutus\) code/,
    );
    expect(await count(t, "qualification")).toBe(7);
    expect(await count(t, "qualification_unit")).toBe(before);
  });

  it("is read by any logged-in person, by no one anonymous, and written by no request", async () => {
    const person = { providerId: null, organisationId: null, personId: null, role: "guardian" } as const;
    const seen = await inScope(t.db, person, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from qualification_unit`)),
    );
    expect(seen[0]!.n).toBeGreaterThan(200);
    const anonymous = await inScope(t.db, anonymousScope, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from qualification`)),
    );
    expect(anonymous[0]!.n).toBe(0);
    for (const statement of [
      sql`update qualification set name_fi = 'x'`,
      sql`delete from qualification_unit`,
      sql`insert into qualification (diary_number, education_codes, name_fi) values ('x', '{111111}', 'x')`,
    ]) {
      const failure = await inScope(t.db, person, (tx) => tx.execute(statement)).then(
        () => "succeeded",
        (error: Error) => String(error.cause ?? error),
      );
      expect(failure).toMatch(/permission denied/);
    }
  });
});
