/**
 * Loading the national qualification requirements into the catalogue (tables `qualification` and
 * `qualification_unit`), on the owner's connection. A file is decoded whole first (the domain's
 * decoder): a file with any problem loads nothing. Requirements already loaded (same diary number) are
 * replaced with the file's version, units and all, in one transaction; others are left as they are.
 */
import { readFileSync } from "node:fs";
import {
  decodeQualificationRequirements,
  type QualificationRequirements,
} from "@polku/domain/qualifications";
import { eq, sql } from "drizzle-orm";
import { Effect, Result } from "effect";
import type { Database } from "./client.ts";
import { qualification, qualificationUnit } from "./schema/index.ts";

export interface QualificationLoadReport {
  readonly qualifications: number;
  readonly units: number;
  /** Units the file lists without a code, by qualification: they cannot be in a HOKS. */
  readonly unitsWithoutCode: ReadonlyArray<{ readonly qualification: string; readonly unit: string }>;
}

/** The seven real qualifications the demo region's students study (see data/SOURCE.md). */
export const bundledQualificationsFile = new URL("../data/eperusteet-qualifications.json", import.meta.url);

/** Decodes parsed JSON; throws the domain's InvalidQualificationRequirements, naming every problem. */
export function decodeRequirementsOrThrow(json: unknown): readonly QualificationRequirements[] {
  const result = Effect.runSync(Effect.result(decodeQualificationRequirements(json)));
  if (Result.isFailure(result)) throw result.failure;
  return result.success;
}

export async function loadQualificationRequirements(
  db: Database,
  json: unknown,
): Promise<QualificationLoadReport> {
  const list = decodeRequirementsOrThrow(json);
  await db.transaction(async (tx) => {
    for (const q of list) {
      const values = {
        diaryNumber: q.diaryNumber,
        educationCodes: [...q.educationCodes],
        nameFi: q.name.fi,
        nameSv: q.name.sv ?? null,
        nameEn: q.name.en ?? null,
        competenceAreas: [...q.competenceAreas],
        titles: [...q.titles],
        loadedAt: new Date(),
      };
      const [row] = await tx
        .insert(qualification)
        .values(values)
        .onConflictDoUpdate({ target: qualification.diaryNumber, set: values })
        .returning({ id: qualification.id });
      const id = row!.id;
      await tx.delete(qualificationUnit).where(eq(qualificationUnit.qualificationId, id));
      await tx.insert(qualificationUnit).values(
        q.units.map((u, position) => ({
          qualificationId: id,
          code: u.code,
          position,
          nameFi: u.name.fi,
          nameSv: u.name.sv ?? null,
          nameEn: u.name.en ?? null,
          kind: u.kind,
          competencePoints: u.competencePoints,
          compulsory: u.compulsory,
          subAreas: [...u.subAreas],
        })),
      );
    }
  });
  return {
    qualifications: list.length,
    units: list.reduce((n, q) => n + q.units.length, 0),
    unitsWithoutCode: list.flatMap((q) =>
      q.unitsWithoutCode.map((unit) => ({ qualification: q.name.fi, unit })),
    ),
  };
}

/** Loads the bundled requirements unless the catalogue has some already (demo seeding). */
export async function loadBundledQualificationsOnce(db: Database): Promise<QualificationLoadReport | null> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(qualification);
  if ((row?.n ?? 0) > 0) return null;
  return loadQualificationRequirements(db, JSON.parse(readFileSync(bundledQualificationsFile, "utf8")));
}
