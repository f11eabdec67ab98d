/**
 * @polku/domain: the pure rules and types of Polku. Depends on `effect` only; no I/O.
 */

// Attendance
export {
  type AttendanceColumn,
  type AttendanceImportRow,
  type AttendanceTable,
  attendanceColumns,
  type CheckOptions as AttendanceCheckOptions,
  checkAttendanceTable,
  describeImportProblem,
  duplicateMarkProblems,
  type ImportProblem,
  InvalidAttendanceImport,
  MAX_IMPORT_ROWS,
  parseSchoolDate,
  parseStudentReference,
  type StudentReference,
  sortImportProblems,
  validateAttendanceTable,
} from "./attendance/csv.ts";
export {
  AttendanceStatus,
  attendanceStatusAliases,
  countUnexplainedAbsences,
  isUnexplainedAbsence,
  MAX_LESSON_LENGTH,
  MAX_MINUTES_LATE,
  markDayProblem,
  minutesLateProblem,
  parseAttendanceStatus,
  SCHOOL_TIME_ZONE,
  schoolDayOf,
} from "./attendance/status.ts";
// Coaching and student welfare
export {
  addDays,
  DEFAULT_TIME_ZONE,
  InvalidRecurrence,
  isoWeekday,
  MAX_SERIES_WEEKS,
  MAX_SESSION_MINUTES,
  type Occurrence,
  type RecurrenceField,
  type WeeklySeriesSpec,
  wallClockIn,
  weeklySeries,
  zonedInstant,
} from "./coaching/recurrence.ts";
export {
  CoachingSessionKind,
  canTransitionReferral,
  checkNoteVisibility,
  checkSessionParticipants,
  InvalidReferralTransition,
  InvalidSessionParticipants,
  NoteVisibility,
  NoteVisibilityNotAllowed,
  noteVisibilitiesFor,
  ReferralStatus,
  transitionReferral,
  WelfareService,
} from "./coaching/rules.ts";
// Dates
export {
  AGE_OF_MAJORITY,
  type AgeOptions,
  addDaysToLocalDate,
  ageOn,
  compareLocalDates,
  daysInMonth,
  IsoInstant,
  isMinor,
  isValidLocalDate,
  type LeapDayBirthday,
  LocalDate,
  localDateIn,
  parseLocalDate,
} from "./dates.ts";
// Early warning
export {
  defaultEarlyWarningConfig,
  EarlyWarningConfig,
  type EarlyWarningFlag,
  type EarlyWarningRule,
  earlyWarningRules,
  evaluateEarlyWarnings,
  type StudentRecord,
} from "./early-warning/rules.ts";
export {
  type HandlingState,
  handlingStateOf,
  newSignals,
  signalsOf,
} from "./early-warning/signals.ts";
export {
  byUrgency,
  compareUrgency,
  GRADUATION_NEAR_DAYS,
  type Urgency,
  type UrgencyLevel,
  type UrgencyReason,
  urgencyLevels,
  urgencyOf,
} from "./early-warning/urgency.ts";
// Errors
export {
  type BusinessIdProblem,
  type DecodeProblem,
  DuplicateStepKind,
  HoksDecodeError,
  InvalidBusinessId,
  InvalidOid,
  InvalidPhaseTransition,
  InvalidShareAgreement,
  InvalidStepKind,
  InvalidStepTransition,
  InvalidStudyRightTransition,
  type OidKind,
  type OidProblem,
} from "./errors.ts";
// Outcome-based funding and share agreements (also the `@polku/domain/funding` entry)
export * as funding from "./funding/index.ts";
export { Grant, type GrantPeriod, GrantScope, grantScopes, isGrantActive } from "./grant.ts";
// HOKS (eHOKS JSON shape)
export { OsaamisenHankkimistapa, TyopaikallaJarjestettavaKoulutus } from "./hoks/acquisition.ts";
export {
  type DecodeHoksOptions,
  decodeHoks,
  decodeHoksLenient,
  issueToProblems,
  type LenientHoks,
} from "./hoks/decode.ts";
export { OsaamisenOsoittaminen } from "./hoks/demonstration.ts";
export { HoksDocument, makeHoksDocumentSchema } from "./hoks/document.ts";
export {
  applyHoksDraft,
  DraftDemonstration,
  DraftUnit,
  DraftWay,
  DraftWorkplace,
  draftPathOf,
  HoksDraft,
  type HoksOwner,
  type HoksUnit,
  type HoksWayMethod,
  hoksDraftOf,
  hoksUnits,
  hoksWayMethods,
} from "./hoks/draft.ts";
export {
  AiemminHankittuAmmatillinenTutkinnonOsa,
  AiemminHankittuPaikallinenTutkinnonOsa,
  AiemminHankittuYhteinenTutkinnonOsa,
  HankittavaAmmatillinenTutkinnonOsa,
  HankittavaPaikallinenTutkinnonOsa,
  HankittavaYhteinenTutkinnonOsa,
} from "./hoks/units.ts";
// Identifiers
export {
  BusinessId,
  businessIdProblem,
  isValidBusinessId,
  parseBusinessId,
} from "./identifiers/businessId.ts";
export { businessIdCheckDigit, ibm137CheckDigit, luhnCheckDigit } from "./identifiers/checkDigits.ts";
export {
  type CheckDigitAlgorithm,
  isValidLearnerOid,
  isValidOrganisationOid,
  isValidStudyRightOid,
  LearnerOid,
  type LearnerOidOptions,
  learnerOidProblem,
  makeLearnerOidSchema,
  OrganisationOid,
  organisationOidProblem,
  parseLearnerOid,
  parseOrganisationOid,
  parseStudyRightOid,
  StudyRightOid,
  studyRightOidProblem,
} from "./identifiers/oid.ts";
export { sentenceOf } from "./messages.ts";
export {
  kindsRequiringBusinessId,
  Organisation,
  OrganisationKind,
  organisationKinds,
} from "./organisation.ts";
export {
  countsAsPlaced,
  EmploymentMonths,
  MIN_EMPLOYMENT_MONTHS,
  Outcome,
  OutcomeKind,
  outcomeKinds,
  type PlacementOptions,
} from "./outcome.ts";
// Pathway
export { canMovePhase, movePhase, PathwayPhase, pathwayPhases, phaseIndex } from "./pathway/phases.ts";
export {
  extendStepKindRegistry,
  makeStepKindRegistry,
  type StepKindRegistry,
  stepKindProblems,
} from "./pathway/registry.ts";
export { coreStepKinds, type LocalisedText, type StepKind } from "./pathway/stepKinds.ts";
export {
  canTransitionStep,
  isFinalStepStatus,
  StepStatus,
  stepStatuses,
  transitionStep,
} from "./pathway/stepStatus.ts";
// People and study rights
export { Guardian, guardianMaySeeStudent } from "./people/guardian.ts";
export { Email, PersonName, Student } from "./people/student.ts";
export {
  canChangeStudyRightState,
  changeStudyRightState,
  endedStudyRightStates,
  isActiveStudyRight,
  isPresentStudyRight,
  ongoingStudyRightStates,
  QualificationCode,
  StudyRight,
  StudyRightState,
  studyRightStates,
} from "./people/studyRight.ts";
// Roles and organisations
export { isRole, Role, roles } from "./roles.ts";
// Support team, outcomes, grants
export { isTeamMemberOn, SupportTeamMember, SupportTeamRole, supportTeamRoles } from "./supportTeam.ts";
// Free text: one line or several, no control characters
export {
  codePointName,
  MultiLineText,
  printableKey,
  SingleLineText,
  type TextIssue,
  type TextOptions,
  type TextRule,
  textIssuesIn,
  textProblem,
} from "./text.ts";
export { Uuid } from "./uuid.ts";
// Code lists as plain constants (also the `@polku/domain/vocabulary` entry, free of Effect)
export {
  attendanceStatuses,
  coachingSessionKinds,
  consentGivers,
  isoWeekdays,
  noteVisibilities,
  noteVisibilitiesByRole,
  partnerOrganisationKinds,
  referralStatuses,
  referralStatusTransitions,
  stepStatusTransitions,
  welfareServices,
} from "./vocabulary.ts";
