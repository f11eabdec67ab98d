/**
 * Reading the checklist's facts: participants, their manual tasks, screenings and the core HOKS, in
 * one query per table for any number of students. Row-level security narrows every read to what the
 * actor may see (the provider's staff their provider's rows, a student their own, a guardian a minor's).
 */
import { core } from "@polku/plugin-sdk/db";
import { and, asc, eq, inArray, type SQL, sql } from "@polku/plugin-sdk/drizzle";
import { type findStudent, TRPCError } from "@polku/plugin-sdk/server";
import { participant, screening, startTask } from "../db/schema.ts";
import type { ChecklistFacts } from "./tasks.ts";

export type Tx = Parameters<typeof findStudent>[0];

const { student, teachingGroup, hoks } = core;

export const notInProgramme = () =>
  new TRPCError({ code: "NOT_FOUND", message: "The student is not in the #Valmennus programme." });

const participantColumns = {
  providerId: participant.providerId,
  studentId: participant.studentId,
  firstName: student.firstName,
  lastName: student.lastName,
  birthDate: student.birthDate,
  cohortYear: participant.cohortYear,
  startedOn: participant.startedOn,
  groupId: participant.groupId,
  // Null for a student or guardian: teaching groups are the provider's staff's.
  groupName: teachingGroup.name,
  firstYearOutcome: participant.firstYearOutcome,
};

export type ParticipantRow = Awaited<ReturnType<typeof selectParticipants>>[number];

export function selectParticipants(tx: Tx, where: SQL | undefined) {
  return tx
    .select(participantColumns)
    .from(participant)
    .innerJoin(
      student,
      and(eq(student.providerId, participant.providerId), eq(student.id, participant.studentId)),
    )
    .leftJoin(
      teachingGroup,
      and(eq(teachingGroup.providerId, participant.providerId), eq(teachingGroup.id, participant.groupId)),
    )
    .where(where)
    .orderBy(
      asc(participant.cohortYear),
      asc(teachingGroup.name),
      asc(student.lastName),
      asc(student.firstName),
      asc(student.id),
    );
}

/** One participant, or NOT_FOUND when the student is not in the programme (or not visible). */
export async function findParticipant(tx: Tx, providerId: string, studentId: string) {
  const [found] = await selectParticipants(
    tx,
    and(eq(participant.providerId, providerId), eq(participant.studentId, studentId)),
  );
  if (!found) throw notInProgramme();
  return found;
}

export interface StudentKey {
  readonly providerId: string;
  readonly studentId: string;
}

/** The students' task rows, screenings and HOKS start days, keyed by student id. */
export async function loadFacts(tx: Tx, keys: readonly StudentKey[]) {
  const facts = new Map<
    string,
    {
      hoksStartedOn: string | null;
      tasks: Array<{ task: string; doneOn: string; note: string | null }>;
      screenings: Array<typeof screening.$inferSelect>;
    }
  >();
  if (keys.length === 0) return facts;
  for (const k of keys) facts.set(k.studentId, { hoksStartedOn: null, tasks: [], screenings: [] });
  const providers = [...new Set(keys.map((k) => k.providerId))];
  const ids = keys.map((k) => k.studentId);
  const tasks = await tx
    .select({
      studentId: startTask.studentId,
      task: startTask.task,
      doneOn: startTask.doneOn,
      note: startTask.note,
    })
    .from(startTask)
    .where(and(inArray(startTask.providerId, providers), inArray(startTask.studentId, ids)));
  for (const t of tasks) facts.get(t.studentId)?.tasks.push(t);
  const screenings = await tx
    .select()
    .from(screening)
    .where(and(inArray(screening.providerId, providers), inArray(screening.studentId, ids)))
    .orderBy(asc(screening.kind));
  for (const s of screenings) facts.get(s.studentId)?.screenings.push(s);
  // The HOKS was started on the day it was drafted here, or on its first approval when it was imported
  // from the national service later than it was made.
  const started = await tx
    .select({
      studentId: hoks.studentId,
      startedOn: sql<string>`to_char(least((${hoks.createdAt} at time zone 'Europe/Helsinki')::date, ${hoks.firstApprovedOn}), 'YYYY-MM-DD')`,
    })
    .from(hoks)
    .where(and(inArray(hoks.providerId, providers), inArray(hoks.studentId, ids)));
  for (const h of started) {
    const f = facts.get(h.studentId);
    if (f) f.hoksStartedOn = h.startedOn;
  }
  return facts;
}

/** The rules' view of one participant's facts. */
export const factsOf = (
  startedOn: string,
  loaded: Awaited<ReturnType<typeof loadFacts>> extends Map<string, infer V> ? V | undefined : never,
): ChecklistFacts => ({
  startedOn,
  hoksStartedOn: loaded?.hoksStartedOn ?? null,
  tasks: loaded?.tasks ?? [],
  screenings: loaded?.screenings ?? [],
});
