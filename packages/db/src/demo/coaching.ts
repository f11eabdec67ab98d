/**
 * Demo coaching and student welfare for the first provider: a weekly group coaching series for first-year
 * students, a weekly community activity, individual sessions with notes of each visibility, and two
 * welfare referrals (one the student allowed to disclose, one not). Runs once: it does nothing when the
 * provider already has coaching sessions.
 */
import { randomUUID } from "node:crypto";
import { addDays, localDateIn, weeklySeries, zonedInstant } from "@polku/domain";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { Effect } from "effect";
import type { Database } from "../client.ts";
import { rowsOf } from "../client.ts";
import {
  coachingNote,
  coachingParticipant,
  coachingSession,
  groupMember,
  person,
  teachingGroup,
  welfareReferral,
} from "../schema/index.ts";
import type { DemoRegion } from "./seed.ts";

type SessionRow = typeof coachingSession.$inferInsert;

export async function seedDemoCoaching(db: Database, region: DemoRegion): Promise<void> {
  const provider = region.providers[0];
  const tutor = region.personIds.omaohjaaja;
  const teacher = region.personIds.opettaja;
  const counsellor = region.personIds.kuraattori;
  if (!provider || !tutor || !teacher || !counsellor) return;
  const existing = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from coaching_session where provider_id = ${provider.id}::uuid`,
    ),
  );
  if ((existing[0]?.n ?? 0) > 0) return;

  const own = region.students.filter((s) => s.providerId === provider.id);
  const demoStudent = own[0];
  const ward = own.find((s) => s.minor && s !== demoStudent) ?? own[1];
  if (!demoStudent || !ward) return;

  // First-year group: a teaching group's members when the demo has groups, else first-year students directly.
  const [group] = await db
    .select({ id: teachingGroup.id })
    .from(teachingGroup)
    .where(eq(teachingGroup.providerId, provider.id))
    .orderBy(asc(teachingGroup.startsOn), asc(teachingGroup.name))
    .limit(1);
  const firstYears = group
    ? (
        await db
          .select({ id: groupMember.studentId })
          .from(groupMember)
          .where(and(eq(groupMember.providerId, provider.id), eq(groupMember.groupId, group.id)))
      ).map((m) => m.id)
    : [
        demoStudent.id,
        ...own
          .filter((s) => s.phase === "onboarding" && s !== demoStudent)
          .slice(0, 9)
          .map((s) => s.id),
      ];

  const today = localDateIn(new Date());
  const now = Date.now();
  const sessions: SessionRow[] = [];
  const participants: Array<typeof coachingParticipant.$inferInsert> = [];
  const series = (
    spec: Parameters<typeof weeklySeries>[0],
    session: Omit<SessionRow, "providerId" | "startsAt" | "endsAt">,
    students: readonly string[],
  ) => {
    const seriesId = randomUUID();
    for (const o of Effect.runSync(weeklySeries(spec))) {
      const id = randomUUID();
      sessions.push({
        ...session,
        providerId: provider.id,
        id,
        seriesId,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
      });
      const held = o.endsAt.getTime() < now;
      students.forEach((studentId, i) => {
        participants.push({
          providerId: provider.id,
          sessionId: id,
          studentId,
          attended: held ? (i + o.date.charCodeAt(9)) % 5 !== 0 : null,
        });
      });
    }
  };

  series(
    { startsOn: addDays(today, -28), weekday: 2, time: "14:00", durationMinutes: 90, weeks: 12 },
    {
      kind: "group",
      groupId: group?.id ?? null,
      title: "Ensimmäisen vuoden ryhmävalmennus",
      location: "Rantakampus, luokka A12",
      topics: ["opiskelutaidot", "ryhmäytyminen", "jaksaminen"],
      goals: "Jokainen tuntee ryhmänsä ja tietää, keneltä pyytää apua.",
      leaderPersonId: tutor,
      createdBy: tutor,
    },
    firstYears,
  );
  series(
    { startsOn: addDays(today, -7), weekday: 5, time: "08:30", durationMinutes: 45, weeks: 8 },
    {
      kind: "community",
      title: "Yhteinen aamupala",
      location: "Rantakampus, ruokala",
      topics: ["yhteisöllisyys"],
      leaderPersonId: counsellor,
      createdBy: counsellor,
    },
    [],
  );

  const individual = (
    studentId: string,
    date: string,
    time: string,
    leader: string,
    fields: Pick<SessionRow, "title" | "topics" | "goals" | "followUps" | "location">,
  ) => {
    const id = randomUUID();
    const startsAt = zonedInstant(date, time);
    sessions.push({
      providerId: provider.id,
      id,
      kind: "individual",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      leaderPersonId: leader,
      createdBy: leader,
      ...fields,
    });
    participants.push({
      providerId: provider.id,
      sessionId: id,
      studentId,
      attended: startsAt.getTime() < now ? true : null,
    });
    return id;
  };
  const firstTalk = individual(demoStudent.id, addDays(today, -14), "10:00", tutor, {
    title: "Omaohjaajan aloituskeskustelu",
    location: "Ohjaushuone B2",
    topics: ["HOKS", "opiskelun tavoitteet"],
    goals: "Opiskelija tuntee HOKSinsa ja ensimmäiset tutkinnon osat.",
    followUps: "Sovitaan työpaikalla järjestettävän koulutuksen aloitus seuraavassa tapaamisessa.",
  });
  individual(demoStudent.id, addDays(today, 7), "12:30", tutor, {
    title: "Seurantakeskustelu",
    location: "Ohjaushuone B2",
    topics: ["työelämäjakso"],
    goals: "Työpaikka ja aloituspäivä sovittu.",
  });
  const wardTalk = individual(ward.id, addDays(today, -3), "13:00", tutor, {
    title: "Poissaolojen läpikäynti",
    location: "Ohjaushuone B2",
    topics: ["läsnäolo", "huoltajayhteistyö"],
    goals: "Syyt poissaoloihin selvillä ja suunnitelma sovittu.",
    followUps: "Soitto huoltajalle viikon päästä.",
  });

  await db.insert(coachingSession).values(sessions);
  if (participants.length > 0) await db.insert(coachingParticipant).values(participants);
  await db.insert(coachingNote).values([
    {
      providerId: provider.id,
      studentId: demoStudent.id,
      sessionId: firstTalk,
      visibility: "team",
      body: "Opiskelija on motivoitunut; tavoitteena aloittaa työelämäjakso keväällä.",
      authorPersonId: tutor,
    },
    {
      providerId: provider.id,
      studentId: demoStudent.id,
      sessionId: firstTalk,
      visibility: "staff",
      body: "Matematiikan tukiopetus kannattaa tarjota heti jakson alussa.",
      authorPersonId: teacher,
    },
    {
      providerId: provider.id,
      studentId: demoStudent.id,
      visibility: "welfare",
      body: "Kuraattorin tapaaminen sovittu; jatketaan kahden viikon päästä.",
      authorPersonId: counsellor,
    },
    {
      providerId: provider.id,
      studentId: ward.id,
      sessionId: wardTalk,
      visibility: "team",
      body: "Poissaoloihin sovittiin ilmoituskäytäntö: opiskelija ilmoittaa aamulla ennen klo 8.",
      authorPersonId: tutor,
    },
  ]);
  await db.insert(welfareReferral).values([
    {
      providerId: provider.id,
      studentId: demoStudent.id,
      service: "counsellor",
      reason: "Opiskelija kertoi väsymyksestä ja vaikeuksista aamuherätyksissä.",
      disclosureAllowed: true,
      referredBy: tutor,
    },
    {
      providerId: provider.id,
      studentId: ward.id,
      service: "nurse",
      reason: "Toistuvia päänsärkyjä oppitunneilla.",
      disclosureAllowed: false,
      referredBy: teacher,
    },
  ]);
  // Contacts for the support team: the tutor and the teacher can be called, not only emailed.
  await db
    .update(person)
    .set({ phone: "040 123 4567" })
    .where(and(eq(person.id, tutor), isNull(person.phone)));
  await db
    .update(person)
    .set({ phone: "040 765 4321" })
    .where(and(eq(person.id, teacher), isNull(person.phone)));
}
