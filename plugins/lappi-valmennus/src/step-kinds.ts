import type { StepKind } from "@polku/domain";

/** Pathway steps this practice adds; their ids are unique across the deployment. */
export const stepKinds = [
  {
    id: "valmennus-initial-interview",
    phase: "onboarding",
    title: { fi: "Alkuhaastattelu", sv: "Inledande intervju", en: "Initial interview" },
  },
  {
    id: "valmennus-first-year-review",
    phase: "studies",
    title: {
      fi: "Ensimmäisen vuoden arvio",
      sv: "Utvärdering av första året",
      en: "First-year review",
    },
  },
] as const satisfies readonly StepKind[];
