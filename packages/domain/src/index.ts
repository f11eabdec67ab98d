/**
 * @polku/domain: the pure rules and types of Polku. Depends on `effect` only; no I/O.
 */

// Dates
export {
  AGE_OF_MAJORITY,
  type AgeOptions,
  ageOn,
  compareLocalDates,
  IsoInstant,
  isMinor,
  isValidLocalDate,
  type LeapDayBirthday,
  LocalDate,
  localDateIn,
  parseLocalDate,
} from "./dates.ts";
// Errors
export {
  type BusinessIdProblem,
  type DecodeProblem,
  DuplicateStepKind,
  HoksDecodeError,
  InvalidBusinessId,
  InvalidOid,
  InvalidPhaseTransition,
  InvalidStepKind,
  InvalidStepTransition,
  InvalidStudyRightTransition,
  type OidKind,
  type OidProblem,
} from "./errors.ts";
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
export { Uuid } from "./uuid.ts";

// Code lists as plain constants (also the `@polku/domain/vocabulary` entry, free of Effect)
export { consentGivers, partnerOrganisationKinds, stepStatusTransitions } from "./vocabulary.ts";
