import { businessIdCheckDigit, ibm137CheckDigit, isMinor, localDateIn, luhnCheckDigit } from "@polku/domain";
import { sql } from "drizzle-orm";
import type { Database } from "../client.ts";
import { rowsOf } from "../client.ts";
import { loadBundledQualificationsOnce } from "../qualifications.ts";
import {
  guardian,
  membership,
  organisation,
  pathwayStep,
  person,
  student,
  supportTeamMember,
} from "../schema/index.ts";
import { seedDemoAttendance } from "./attendance.ts";
import { seedDemoCoaching } from "./coaching.ts";
import { seedDemoFunding } from "./funding.ts";
import { seedDemoHoks } from "./hoks.ts";
import { firstNames, lastNames, qualifications } from "./names.ts";
import { seededRandom } from "./random.ts";

/** The password of every demo user; the README lists the users. */
export const DEMO_PASSWORD = "polku-demo";

export interface DemoUser {
  readonly username: string;
  readonly role: string;
  readonly organisation: string;
  readonly description: string;
}

/** Ids of what the core demo created, for plugins' demo data to build on. */
export interface DemoRegion {
  readonly providers: readonly { id: string; name: string }[];
  readonly workshopId: string;
  readonly partnerId: string;
  readonly companyIds: readonly string[];
  readonly personIds: Readonly<Record<string, string>>;
  readonly students: readonly { providerId: string; id: string; phase: string; minor: boolean }[];
}

const uuid = (r: ReturnType<typeof seededRandom>) => {
  const h = () =>
    Math.floor(r.next() * 0x10000)
      .toString(16)
      .padStart(4, "0");
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
};

const businessId = (r: ReturnType<typeof seededRandom>): string => {
  for (;;) {
    const seven = r.digits(7);
    const check = businessIdCheckDigit(seven);
    if (check !== undefined) return `${seven}-${check}`;
  }
};

/**
 * Seeds the demo region unless the database already has organisations (returns null then), and loads the
 * bundled qualification requirements into an empty catalogue either way.
 */
export async function seedDemoRegion(
  db: Database,
  hashDemoPassword: () => Promise<string>,
): Promise<DemoRegion | null> {
  // Also into a demo seeded before the catalogue existed: its HOKS editor would offer no units.
  await loadBundledQualificationsOnce(db);
  const existing = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from organisation`));
  if ((existing[0]?.n ?? 0) > 0) return null;
  // Hashed only when seeding: argon2 costs tens of milliseconds, which every later start would pay.
  const passwordHash = await hashDemoPassword();
  const r = seededRandom(2026);

  const providerA = { id: uuid(r), name: "Järvilaakson koulutuskuntayhtymä" };
  const providerB = { id: uuid(r), name: "Harjuseudun ammattiopisto" };
  const institutionA = uuid(r);
  const institutionB = uuid(r);
  const workshopId = uuid(r);
  const partnerId = uuid(r);
  const companyIds = [uuid(r), uuid(r), uuid(r)];
  await db.insert(organisation).values([
    {
      id: providerA.id,
      kind: "provider",
      name: providerA.name,
      businessId: businessId(r),
      municipality: "Mikkeli",
    },
    {
      id: providerB.id,
      kind: "provider",
      name: providerB.name,
      businessId: businessId(r),
      municipality: "Savonlinna",
    },
    {
      id: institutionA,
      kind: "institution",
      name: "Järvilaakson ammattiopisto, Rantakampus",
      parentId: providerA.id,
    },
    {
      id: institutionB,
      kind: "institution",
      name: "Harjuseudun ammattiopisto, Keskusta",
      parentId: providerB.id,
    },
    {
      id: workshopId,
      kind: "workshop",
      name: "Nuorten työpaja Verstas",
      businessId: businessId(r),
      municipality: "Mikkeli",
    },
    { id: partnerId, kind: "partner", name: "Mikkelin nuorisopalvelut", municipality: "Mikkeli" },
    { id: companyIds[0]!, kind: "company", name: "Savon Rakennuspalvelu Oy", businessId: businessId(r) },
    { id: companyIds[1]!, kind: "company", name: "Kotikulman Hoiva Oy", businessId: businessId(r) },
    { id: companyIds[2]!, kind: "company", name: "Saimaan Konepaja Oy", businessId: businessId(r) },
  ]);

  const staff: Array<DemoUser & { orgId: string; first: string; last: string }> = [
    {
      username: "omaohjaaja",
      role: "tutor",
      organisation: providerA.name,
      orgId: providerA.id,
      first: "Outi",
      last: "Ohjaaja",
      description: "personal tutor",
    },
    {
      username: "opettaja",
      role: "teacher",
      organisation: providerA.name,
      orgId: providerA.id,
      first: "Olli",
      last: "Opettaja",
      description: "teacher",
    },
    {
      username: "kuraattori",
      role: "welfare",
      organisation: providerA.name,
      orgId: providerA.id,
      first: "Kaisa",
      last: "Kuraattori",
      description: "welfare staff (counsellor)",
    },
    {
      username: "esihenkilo",
      role: "manager",
      organisation: providerA.name,
      orgId: providerA.id,
      first: "Eero",
      last: "Esihenkilö",
      description: "manager",
    },
    {
      username: "rahoitus",
      role: "funding_negotiator",
      organisation: providerA.name,
      orgId: providerA.id,
      first: "Riikka",
      last: "Rahoittaja",
      description: "funding negotiator",
    },
    {
      username: "aluehallinto",
      role: "region_admin",
      organisation: providerA.name,
      orgId: providerA.id,
      first: "Aleksi",
      last: "Alue",
      description: "region admin",
    },
    {
      username: "harju.ohjaaja",
      role: "tutor",
      organisation: providerB.name,
      orgId: providerB.id,
      first: "Hanna",
      last: "Harju",
      description: "personal tutor of the second provider",
    },
    {
      username: "valmentaja",
      role: "workshop_coach",
      organisation: "Nuorten työpaja Verstas",
      orgId: workshopId,
      first: "Ville",
      last: "Valmentaja",
      description: "workshop coach",
    },
    {
      username: "yritys",
      role: "company_contact",
      organisation: "Savon Rakennuspalvelu Oy",
      orgId: companyIds[0]!,
      first: "Ylva",
      last: "Yrittäjä",
      description: "company contact and mentor",
    },
    {
      username: "kumppani",
      role: "partner_contact",
      organisation: "Mikkelin nuorisopalvelut",
      orgId: partnerId,
      first: "Kalle",
      last: "Kumppani",
      description: "partner contact",
    },
  ];
  const personIds: Record<string, string> = {};
  for (const s of staff) personIds[s.username] = uuid(r);
  await db.insert(person).values(
    staff.map((s) => ({
      id: personIds[s.username]!,
      username: s.username,
      passwordHash,
      firstName: s.first,
      lastName: s.last,
      email: `${s.username}@demo.polku.invalid`,
    })),
  );
  await db
    .insert(membership)
    .values(staff.map((s) => ({ personId: personIds[s.username]!, organisationId: s.orgId, role: s.role })));

  const today = localDateIn(new Date());
  const thisYear = Number(today.slice(0, 4));
  const phases = [
    "onboarding",
    "studies",
    "studies",
    "work_life_learning",
    "graduation",
    "graduation",
  ] as const;
  const students: Array<{ providerId: string; id: string; phase: string; minor: boolean }> = [];
  const studentRows: Array<typeof student.$inferInsert> = [];
  const guardianRows: Array<typeof guardian.$inferInsert> = [];
  const teamRows: Array<typeof supportTeamMember.$inferInsert> = [];
  const stepRows: Array<typeof pathwayStep.$inferInsert> = [];
  const guardianPersons: Array<typeof person.$inferInsert> = [];

  for (let i = 0; i < 200; i++) {
    const provider = i < 120 ? providerA : providerB;
    const id = uuid(r);
    const age = r.int(15, 24);
    const birthDate = `${thisYear - age}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
    const minor = isMinor(birthDate, today);
    const phase = minor ? r.pick(phases.slice(0, 4)) : r.pick(phases);
    const q = r.pick(qualifications);
    const first = r.pick(firstNames);
    const last = r.pick(lastNames);
    const learnerDigits = r.digits(10);
    const studyDigits = r.digits(10);
    // The first student of the first provider can log in, and so can the guardian of the first minor.
    const isDemoStudent = i === 0;
    const studentPersonId = isDemoStudent ? uuid(r) : null;
    if (studentPersonId) {
      personIds.opiskelija = studentPersonId;
      guardianPersons.push({
        id: studentPersonId,
        username: "opiskelija",
        passwordHash,
        firstName: first,
        lastName: last,
      });
    }
    studentRows.push({
      providerId: provider.id,
      id,
      personId: studentPersonId,
      institutionId: provider === providerA ? institutionA : institutionB,
      learnerOid: `1.2.246.562.24.${learnerDigits}${ibm137CheckDigit(learnerDigits)}`,
      studyRightOid: `1.2.246.562.15.${studyDigits}${luhnCheckDigit(studyDigits)}`,
      firstName: first,
      lastName: last,
      birthDate,
      email: `${first}.${last}.${i}@opiskelija.demo.polku.invalid`.toLowerCase(),
      qualificationCode: q.code,
      qualificationName: q.name,
      phase,
      expectedGraduation: `${phase === "graduation" ? thisYear : thisYear + 1}-05-31`,
      tutorPersonId: provider === providerA ? personIds.omaohjaaja : personIds["harju.ohjaaja"],
    });
    students.push({ providerId: provider.id, id, phase, minor });
    teamRows.push({
      providerId: provider.id,
      studentId: id,
      personId: (provider === providerA ? personIds.omaohjaaja : personIds["harju.ohjaaja"])!,
      organisationId: provider.id,
      role: "tutor",
    });
    if (provider === providerA) {
      teamRows.push({
        providerId: provider.id,
        studentId: id,
        personId: personIds.opettaja!,
        organisationId: provider.id,
        role: "teacher",
      });
    }
    if (minor) {
      const guardianCount = r.int(1, 2);
      for (let g = 0; g < guardianCount; g++) {
        const gFirst = r.pick(firstNames);
        const firstMinorGuardian = !personIds.huoltaja && g === 0 && provider === providerA;
        const gPerson = firstMinorGuardian ? uuid(r) : null;
        if (gPerson) {
          personIds.huoltaja = gPerson;
          guardianPersons.push({
            id: gPerson,
            username: "huoltaja",
            passwordHash,
            firstName: gFirst,
            lastName: last,
          });
        }
        guardianRows.push({
          providerId: provider.id,
          studentId: id,
          personId: gPerson,
          firstName: gFirst,
          lastName: last,
          email: `huoltaja.${i}.${g}@demo.polku.invalid`,
          phone: `040 ${r.digits(3)} ${r.digits(4)}`,
        });
      }
    }
    stepRows.push({
      providerId: provider.id,
      studentId: id,
      kind: "initial-interview",
      phase: "onboarding",
      status: "done",
      startsOn: `${thisYear - 1}-08-${String(r.int(10, 28)).padStart(2, "0")}`,
    });
    if (phase !== "onboarding") {
      stepRows.push({
        providerId: provider.id,
        studentId: id,
        kind: "hoks-approved",
        phase: "onboarding",
        status: "done",
        startsOn: `${thisYear - 1}-09-15`,
      });
    }
    if (phase === "work_life_learning" || phase === "graduation") {
      stepRows.push({
        providerId: provider.id,
        studentId: id,
        kind: "workplace-period",
        phase: "work_life_learning",
        status: phase === "graduation" ? "done" : "in_progress",
        organisationId: r.pick(companyIds),
        startsOn: `${thisYear}-01-10`,
      });
    }
  }
  await db.insert(person).values(guardianPersons);
  await db.insert(student).values(studentRows);
  await db.insert(guardian).values(guardianRows);
  await db.insert(supportTeamMember).values(teamRows);
  await db.insert(pathwayStep).values(stepRows);
  await db.insert(membership).values([
    { personId: personIds.opiskelija!, organisationId: providerA.id, role: "student" },
    { personId: personIds.huoltaja!, organisationId: providerA.id, role: "guardian" },
  ]);
  const region: DemoRegion = {
    providers: [providerA, providerB],
    workshopId,
    partnerId,
    companyIds,
    personIds,
    students,
  };
  // Attendance first: its teaching groups are the coaching demo's first-year group.
  await seedDemoAttendance(db, region);
  await seedDemoCoaching(db, region);
  await seedDemoHoks(db, region);
  await seedDemoFunding(db, region, today);
  return region;
}
