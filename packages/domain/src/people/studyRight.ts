/**
 * Study rights (opiskeluoikeus) and their KOSKI states.
 *
 * Ongoing states: lasna (present), loma (leave), valiaikaisestikeskeytynyt (temporarily interrupted).
 * A study right moves freely between them.
 *
 * Ending states: valmistunut (graduated), eronnut (resigned), katsotaaneronneeksi (deemed resigned),
 * peruutettu (cancelled). They are final for the study right: a student who comes back after resigning
 * gets a new study right in KOSKI, the old one stays ended, so the history stays true.
 *
 * mitatoity (void) means "recorded in error". KOSKI lets a provider void a study right from any state,
 * also an ended one, because it is a correction, not a life event. Nothing leaves mitatoity.
 */
import { Effect, Schema } from "effect";
import { LocalDate } from "../dates.ts";
import { InvalidStudyRightTransition } from "../errors.ts";
import { StudyRightOid } from "../identifiers/oid.ts";
import { Uuid } from "../uuid.ts";
import { studyRightStates } from "../vocabulary.ts";

export { studyRightStates };

export const StudyRightState = Schema.Literals(studyRightStates);
export type StudyRightState = typeof StudyRightState.Type;

export const ongoingStudyRightStates: ReadonlyArray<StudyRightState> = [
  "lasna",
  "valiaikaisestikeskeytynyt",
  "loma",
];
export const endedStudyRightStates: ReadonlyArray<StudyRightState> = [
  "eronnut",
  "katsotaaneronneeksi",
  "valmistunut",
  "peruutettu",
];

/** In force (not ended or void): present, on leave or temporarily interrupted. */
export const isActiveStudyRight = (state: StudyRightState): boolean =>
  ongoingStudyRightStates.includes(state);

/** Present (läsnä): the only state in which the student is studying right now. */
export const isPresentStudyRight = (state: StudyRightState): boolean => state === "lasna";

const transitions: Readonly<Record<StudyRightState, ReadonlyArray<StudyRightState>>> = {
  lasna: ["loma", "valiaikaisestikeskeytynyt", ...endedStudyRightStates, "mitatoity"],
  loma: ["lasna", "valiaikaisestikeskeytynyt", ...endedStudyRightStates, "mitatoity"],
  valiaikaisestikeskeytynyt: ["lasna", "loma", ...endedStudyRightStates, "mitatoity"],
  valmistunut: ["mitatoity"],
  eronnut: ["mitatoity"],
  katsotaaneronneeksi: ["mitatoity"],
  peruutettu: ["mitatoity"],
  mitatoity: [],
};

/** Whether KOSKI semantics allow `from` -> `to`. Staying in the same state is not a change. */
export const canChangeStudyRightState = (from: StudyRightState, to: StudyRightState): boolean =>
  transitions[from].includes(to);

export const changeStudyRightState = (
  from: StudyRightState,
  to: StudyRightState,
): Effect.Effect<StudyRightState, InvalidStudyRightTransition> =>
  canChangeStudyRightState(from, to)
    ? Effect.succeed(to)
    : Effect.fail(new InvalidStudyRightTransition({ from, to }));

/** Qualifications are coded by a six-digit koulutus code, e.g. 351301. */
export const QualificationCode = Schema.String.check(
  Schema.isPattern(/^\d{6}$/, { message: "A qualification code has six digits, e.g. 351301." }),
);

export const StudyRight = Schema.Struct({
  id: Uuid,
  studentId: Uuid,
  providerId: Uuid,
  oid: Schema.optional(StudyRightOid),
  state: StudyRightState,
  startDate: LocalDate,
  endDate: Schema.optional(LocalDate),
  qualificationCode: Schema.optional(QualificationCode),
}).check(
  Schema.makeFilter((s) => {
    const issues: Array<Schema.FilterIssue> = [];
    if (s.endDate !== undefined && s.endDate < s.startDate) {
      issues.push({ path: ["endDate"], issue: "The study right cannot end before it starts." });
    }
    if (s.endDate === undefined && endedStudyRightStates.includes(s.state)) {
      issues.push({
        path: ["endDate"],
        issue: `A study right in state "${s.state}" needs the date it ended.`,
      });
    }
    return issues;
  }),
);
export type StudyRight = typeof StudyRight.Type;
