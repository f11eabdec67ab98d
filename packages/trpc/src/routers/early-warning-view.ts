import { byUrgency } from "@polku/domain";
import type { StudentFlags } from "./early-warning-data.ts";

/** Each flag on its own, with the student's name: what the portal words and links. */
export const flat = (students: readonly StudentFlags[]) =>
  students.flatMap((s) =>
    s.flags.map((f) => ({ studentId: s.studentId, firstName: s.firstName, lastName: s.lastName, ...f })),
  );

/**
 * The students with a warning, most urgent first (the domain's byUrgency; equal ones by name), each
 * with its urgency, whether it is open or handled, and the latest handling: who, when and the note.
 * The signal keys stay on the server: the counts say enough.
 */
export const ranked = (students: readonly StudentFlags[]) =>
  byUrgency(students.filter((s) => s.flags.length > 0)).map((s) => ({
    studentId: s.studentId,
    firstName: s.firstName,
    lastName: s.lastName,
    expectedGraduation: s.expectedGraduation,
    flags: s.flags.map(({ rule, observed, threshold, windowDays }) => ({
      rule,
      observed,
      threshold,
      windowDays,
    })),
    urgency: { level: s.urgency.level, points: s.urgency.points, reasons: s.urgency.reasons },
    state: s.state,
    newSinceHandled: s.newSinceHandled,
    latest: s.latest && {
      action: s.latest.action,
      note: s.latest.note,
      at: s.latest.at,
      byName: s.latest.byName,
    },
  }));
