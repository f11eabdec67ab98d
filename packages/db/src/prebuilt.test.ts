import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "./client.ts";
import { prebuiltSelect, prebuiltSql } from "./prebuilt.ts";
import { organisation, pathwayStep, person, student } from "./schema/index.ts";
import { createTestDb, type TestDb, testDatabases } from "./testing.ts";

/** A statement built once gives what the builder gives, on every run and in a transaction too. */
describe.each(testDatabases())("prebuilt statements on $kind", ({ kind }) => {
  let t: TestDb;
  const provider = randomUUID();
  const aino = randomUUID();
  const recorder = randomUUID();

  beforeAll(async () => {
    t = await createTestDb(kind);
    await t.db.insert(organisation).values({ id: provider, kind: "provider", name: "P" });
    await t.db.insert(person).values({
      id: recorder,
      username: recorder,
      passwordHash: "-",
      firstName: "Rea",
      lastName: "R",
    });
    await t.db.insert(student).values({
      providerId: provider,
      id: aino,
      firstName: "Aino",
      lastName: "A",
      birthDate: "2005-01-01",
    });
    await t.db.insert(pathwayStep).values([
      { providerId: provider, studentId: aino, kind: "study", phase: "during", recordedBy: recorder },
      { providerId: provider, studentId: aino, kind: "work", phase: "after", startsOn: "2026-01-01" },
    ]);
  });
  afterAll(() => t?.dispose());

  // A flat selection, and a nested one whose left-joined person comes back null when there is none.
  const build = (db: TestDb["db"], id: unknown) =>
    db
      .select({
        kind: pathwayStep.kind,
        startsOn: pathwayStep.startsOn,
        createdAt: pathwayStep.createdAt,
        organisation: organisation.name,
        recordedBy: { id: person.id, firstName: person.firstName },
      })
      .from(pathwayStep)
      .leftJoin(organisation, eq(organisation.id, pathwayStep.organisationId))
      .leftJoin(person, eq(person.id, pathwayStep.recordedBy))
      .where(eq(pathwayStep.studentId, id as string))
      .orderBy(asc(pathwayStep.kind));
  const stepsOf = prebuiltSelect((db) => build(db, sql.placeholder("studentId")));

  it("selects the rows the builder selects, mapped the same", async () => {
    const expected = await build(t.db, aino);
    expect(expected).toHaveLength(2);
    expect(expected[1]?.recordedBy).toBeNull();
    expect(await stepsOf(t.db, { studentId: aino })).toEqual(expected);
    expect(await stepsOf(t.db, { studentId: aino })).toEqual(expected);
    expect(await t.db.transaction((tx) => stepsOf(tx, { studentId: aino }))).toEqual(expected);
    expect(await stepsOf(t.db, { studentId: randomUUID() })).toEqual([]);
  });

  it("runs an sql statement with its placeholders' values", async () => {
    const named = prebuiltSql(
      sql`select first_name as name from student where id = ${sql.placeholder("id")}::uuid`,
    );
    expect(rowsOf(await named(t.db, { id: aino }))).toEqual([{ name: "Aino" }]);
    expect(rowsOf(await t.db.transaction((tx) => named(tx, { id: randomUUID() })))).toEqual([]);
    await expect(named(t.db, {})).rejects.toThrow(/id/);
  });
});
