import type { StepKind } from "@polku/domain";

/**
 * What a workshop does in the continuation path (seed 000): competence mapping, work trials,
 * wage-subsidised work and job placement. The handover itself is the core's "handover" kind.
 */
export const workshopStepKinds = [
  {
    id: "competence-mapping",
    phase: "continuation",
    title: { fi: "Osaamiskartoitus", sv: "Kompetenskartläggning", en: "Competence mapping" },
  },
  {
    id: "work-trial",
    phase: "continuation",
    title: { fi: "Työkokeilu", sv: "Arbetsprövning", en: "Work trial" },
  },
  {
    id: "wage-subsidised-work",
    phase: "continuation",
    title: { fi: "Palkkatuettu työ", sv: "Arbete med lönesubvention", en: "Wage-subsidised work" },
  },
  {
    id: "job-placement",
    phase: "continuation",
    title: { fi: "Työnvälitys", sv: "Arbetsförmedling", en: "Job placement" },
  },
] as const satisfies readonly StepKind[];

export const workshopStepKindIds = workshopStepKinds.map((k) => k.id);
export type WorkshopStepKindId = (typeof workshopStepKinds)[number]["id"];
