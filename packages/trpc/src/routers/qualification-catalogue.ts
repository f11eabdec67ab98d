/**
 * Reading the qualification catalogue (national requirements, public data): the qualifications, one
 * qualification's units, and the names of given unit codes for showing a HOKS in words.
 */
import { type Database, schema } from "@polku/db";
import type { LocalizedName } from "@polku/domain/qualifications";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";

const { qualification, qualificationUnit } = schema;

const nameOf = (row: { nameFi: string; nameSv: string | null; nameEn: string | null }): LocalizedName => ({
  fi: row.nameFi,
  ...(row.nameSv ? { sv: row.nameSv } : {}),
  ...(row.nameEn ? { en: row.nameEn } : {}),
});

export interface CatalogueUnit {
  readonly code: string;
  readonly name: LocalizedName;
  readonly kind: "vocational" | "common";
  readonly competencePoints: number | null;
  readonly compulsory: boolean | null;
}

export async function listQualifications(tx: Database) {
  const rows = await tx
    .select({
      id: qualification.id,
      diaryNumber: qualification.diaryNumber,
      educationCodes: qualification.educationCodes,
      nameFi: qualification.nameFi,
      nameSv: qualification.nameSv,
      nameEn: qualification.nameEn,
      units: sql<number>`(select count(*)::int from ${qualificationUnit} u where u.qualification_id = ${qualification.id})`,
    })
    .from(qualification)
    .orderBy(asc(qualification.nameFi), asc(qualification.diaryNumber));
  return rows.map((r) => ({
    id: r.id,
    diaryNumber: r.diaryNumber,
    educationCodes: r.educationCodes,
    name: nameOf(r),
    units: r.units,
  }));
}

export async function qualificationWithUnits(tx: Database, id: string) {
  const [q] = await tx.select().from(qualification).where(eq(qualification.id, id));
  if (!q) return undefined;
  const units = await tx
    .select()
    .from(qualificationUnit)
    .where(eq(qualificationUnit.qualificationId, id))
    .orderBy(asc(qualificationUnit.position));
  return {
    id: q.id,
    diaryNumber: q.diaryNumber,
    educationCodes: q.educationCodes,
    name: nameOf(q),
    competenceAreas: q.competenceAreas,
    titles: q.titles,
    units: units.map((u) => ({
      code: u.code,
      name: nameOf(u),
      kind: u.kind,
      competencePoints: u.competencePoints,
      compulsory: u.compulsory,
      subAreas: u.subAreas,
    })),
  };
}

/**
 * What the catalogue says of each code: a unit belongs to several qualifications, so the one of the
 * student's own qualification (its education code) is preferred, then the newest requirements loaded.
 */
export async function unitsByCode(
  tx: Database,
  codes: readonly string[],
  educationCode: string | null,
): Promise<Map<string, CatalogueUnit>> {
  if (codes.length === 0) return new Map();
  const own = sql<boolean>`coalesce(${educationCode}::text = any(${qualification.educationCodes}), false)`;
  const rows = await tx
    .select({
      code: qualificationUnit.code,
      nameFi: qualificationUnit.nameFi,
      nameSv: qualificationUnit.nameSv,
      nameEn: qualificationUnit.nameEn,
      kind: qualificationUnit.kind,
      competencePoints: qualificationUnit.competencePoints,
      compulsory: qualificationUnit.compulsory,
    })
    .from(qualificationUnit)
    .innerJoin(qualification, eq(qualification.id, qualificationUnit.qualificationId))
    .where(inArray(qualificationUnit.code, [...new Set(codes)]))
    .orderBy(asc(qualificationUnit.code), desc(own), desc(qualification.loadedAt));
  const byCode = new Map<string, CatalogueUnit>();
  for (const r of rows) {
    if (byCode.has(r.code)) continue;
    byCode.set(r.code, {
      code: r.code,
      name: nameOf(r),
      kind: r.kind,
      competencePoints: r.competencePoints,
      compulsory: r.compulsory,
    });
  }
  return byCode;
}
