/**
 * Kinds of steps on a pathway. The core defines the common ones; plugins add their own through
 * `makeStepKindRegistry` (e.g. the Etelä-Savo continuation plugin adds "competence-mapping",
 * "work-trial", "wage-subsidised-work" and "job-placement" in phase "continuation").
 */
import type { PathwayPhase } from "./phases.ts";

export interface LocalisedText {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

export interface StepKind {
  /** kebab-case, unique across the deployment */
  readonly id: string;
  readonly phase: PathwayPhase;
  readonly title: LocalisedText;
  /** Completing a step of this kind ends the pathway. */
  readonly terminal?: boolean;
}

export const coreStepKinds: ReadonlyArray<StepKind> = [
  {
    id: "initial-interview",
    phase: "onboarding",
    title: { fi: "Alkuhaastattelu", sv: "Inledande intervju", en: "Initial interview" },
  },
  {
    id: "initial-assessment",
    phase: "onboarding",
    title: { fi: "Alkukartoitus", sv: "Inledande kartläggning", en: "Initial assessment" },
  },
  {
    id: "screening-test",
    phase: "onboarding",
    title: {
      fi: "Luki- ja matematiikkatesti",
      sv: "Läs- och matematiktest",
      en: "Reading and maths screening",
    },
  },
  {
    id: "hoks-approved",
    phase: "onboarding",
    title: { fi: "HOKS hyväksytty", sv: "PUK godkänd", en: "HOKS approved" },
  },
  {
    id: "coaching-session",
    phase: "studies",
    title: { fi: "Yksilövalmennus", sv: "Individuell coachning", en: "Individual coaching session" },
  },
  {
    id: "group-coaching",
    phase: "studies",
    title: { fi: "Ryhmävalmennus", sv: "Gruppcoachning", en: "Group coaching" },
  },
  {
    id: "hoks-updated",
    phase: "studies",
    title: { fi: "HOKS päivitetty", sv: "PUK uppdaterad", en: "HOKS updated" },
  },
  {
    id: "workplace-period",
    phase: "work_life_learning",
    title: {
      fi: "Työpaikalla järjestettävä koulutus",
      sv: "Utbildning på arbetsplatsen",
      en: "Workplace learning period",
    },
  },
  {
    id: "competence-demonstration",
    phase: "work_life_learning",
    title: { fi: "Näyttö", sv: "Yrkesprov", en: "Competence demonstration" },
  },
  {
    id: "graduation",
    phase: "graduation",
    title: { fi: "Valmistuminen", sv: "Examen", en: "Graduation" },
  },
  {
    id: "continuation-planning",
    phase: "graduation",
    title: { fi: "Jatkopolun suunnittelu", sv: "Planering av fortsatt väg", en: "Continuation planning" },
  },
  {
    id: "handover",
    phase: "continuation",
    title: { fi: "Siirto kumppanille", sv: "Överlämning till partner", en: "Handover to a partner" },
  },
  {
    id: "follow-up",
    phase: "continuation",
    title: { fi: "Jälkiseuranta", sv: "Uppföljning", en: "Follow-up" },
  },
  {
    id: "outcome-recorded",
    phase: "outcome",
    title: { fi: "Sijoittuminen kirjattu", sv: "Placering registrerad", en: "Outcome recorded" },
    terminal: true,
  },
];
