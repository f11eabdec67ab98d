/**
 * Demo HOKS documents and unit progress for the first provider: students past their first weeks have
 * an approved HOKS with progress on each unit; some newer ones a draft or one waiting for approval.
 * The demo student and the demo guardian's ward get none, so the drafting can be tried from the start.
 * Each plan names vocational units of the student's own qualification from the catalogue (seeded
 * before this). Each document is built with the domain's draft helper and decoded before it is
 * stored. Runs once.
 */
import { addDays, applyHoksDraft, decodeHoks, HoksDraft, localDateIn } from "@polku/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import { Effect, Schema } from "effect";
import type { Database } from "../client.ts";
import { rowsOf } from "../client.ts";
import { hoks, qualification, qualificationUnit, student, unitProgress } from "../schema/index.ts";
import { seededRandom } from "./random.ts";
import type { DemoRegion } from "./seed.ts";

interface CatalogueUnit {
  readonly code: string;
  readonly name: string;
  readonly competencePoints: number | null;
}

/** The vocational units of each education code's qualification, in the requirements' order. */
async function vocationalUnitsByEducationCode(db: Database): Promise<Map<string, CatalogueUnit[]>> {
  const rows = await db
    .select({
      educationCodes: qualification.educationCodes,
      code: qualificationUnit.code,
      name: qualificationUnit.nameFi,
      competencePoints: qualificationUnit.competencePoints,
    })
    .from(qualificationUnit)
    .innerJoin(qualification, eq(qualification.id, qualificationUnit.qualificationId))
    .where(eq(qualificationUnit.kind, "vocational"))
    .orderBy(qualification.diaryNumber, qualificationUnit.position);
  const byCode = new Map<string, CatalogueUnit[]>();
  for (const row of rows) {
    for (const educationCode of row.educationCodes) {
      const list = byCode.get(educationCode) ?? [];
      list.push({ code: row.code, name: row.name, competencePoints: row.competencePoints });
      byCode.set(educationCode, list);
    }
  }
  return byCode;
}

const workplaces = [
  { name: "Savon Rakennuspalvelu Oy", businessId: "2345678-0" },
  { name: "Mikkelin Logistiikka Oy", businessId: "0112038-9" },
] as const;

const statuses = ["not_started", "in_progress", "demonstrated", "completed"] as const;

export async function seedDemoHoks(db: Database, region: DemoRegion): Promise<void> {
  const provider = region.providers[0];
  const tutor = region.personIds.omaohjaaja;
  if (!provider || !tutor) return;
  const existing = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from hoks where provider_id = ${provider.id}::uuid`),
  );
  if ((existing[0]?.n ?? 0) > 0) return;
  const own = region.students.filter((s) => s.providerId === provider.id);
  const ward = own.find((s) => s.minor);
  const chosen = own.slice(1, 61).filter((s) => s.id !== ward?.id);
  if (chosen.length === 0) return;
  const oids = await db
    .select({
      id: student.id,
      learnerOid: student.learnerOid,
      studyRightOid: student.studyRightOid,
      qualificationCode: student.qualificationCode,
    })
    .from(student)
    .where(
      and(
        eq(student.providerId, provider.id),
        inArray(
          student.id,
          chosen.map((s) => s.id),
        ),
      ),
    );
  const oidById = new Map(oids.map((o) => [o.id, o]));
  const unitsOf = await vocationalUnitsByEducationCode(db);

  const r = seededRandom(3003);
  const today = localDateIn(new Date());
  const year = Number(today.slice(0, 4));
  const hoksRows: Array<typeof hoks.$inferInsert> = [];
  const progressRows: Array<typeof unitProgress.$inferInsert> = [];
  for (const s of chosen) {
    const o = oidById.get(s.id);
    const catalogue = unitsOf.get(o?.qualificationCode ?? "") ?? [];
    if (!o?.learnerOid || !o.studyRightOid || catalogue.length < 3) continue;
    const count = r.int(2, 3);
    const start = r.int(0, Math.min(catalogue.length, 8) - count);
    const units = catalogue.slice(start, start + count);
    const codes = units.map((u) => u.code);
    const workplace = r.pick(workplaces);
    const draft = Schema.decodeUnknownSync(HoksDraft)({
      careerPlan: "urasuunnitelma_0001",
      competenceBy: `${year + 1}-05-31`,
      units: codes.map((code, i) => ({
        code,
        hours: 10 + 5 * i,
        ways:
          i === count - 1
            ? [
                {
                  method: "training_agreement",
                  start: `${year}-01-10`,
                  end: `${year}-04-30`,
                  partTime: 100,
                  workplace: {
                    ...workplace,
                    instructorName: "Työpaikkaohjaaja Demo",
                    tasks: ["Työtehtävät ohjatusti"],
                  },
                },
              ]
            : [{ method: "school", start: `${year - 1}-09-01`, end: `${year - 1}-12-20` }],
        demonstrations:
          i === count - 1
            ? [
                {
                  environment: workplace.name,
                  businessId: workplace.businessId,
                  content: ["Tutkinnon osan keskeiset työtehtävät"],
                  start: `${year}-04-20`,
                  end: `${year}-04-21`,
                },
              ]
            : [],
      })),
    });
    const approved = s.phase !== "onboarding";
    const firstApprovedOn = `${year - 1}-09-15`;
    const built = applyHoksDraft(
      undefined,
      { learnerOid: o.learnerOid, studyRightOid: o.studyRightOid },
      draft,
      { today: approved ? firstApprovedOn : today, instant: new Date().toISOString() },
    );
    const document = Effect.runSync(decodeHoks(built)) as Record<string, unknown>;
    hoksRows.push({
      providerId: provider.id,
      studentId: s.id,
      document,
      status: approved ? "approved" : r.pick(["draft", "awaiting_approval"]),
      origin: "drafted",
      firstApprovedOn: approved ? firstApprovedOn : null,
      approvedOn: approved ? firstApprovedOn : null,
      updatedBy: tutor,
    });
    if (!approved) continue;
    for (const unit of units) {
      progressRows.push({
        providerId: provider.id,
        studentId: s.id,
        unitCode: unit.code,
        unitName: unit.name,
        competencePoints: unit.competencePoints === null ? null : Math.round(unit.competencePoints),
        status: r.pick(statuses),
        changedOn: addDays(today, -r.int(3, 120)),
        changedBy: tutor,
      });
    }
  }
  if (hoksRows.length > 0) await db.insert(hoks).values(hoksRows);
  if (progressRows.length > 0) await db.insert(unitProgress).values(progressRows);
}
