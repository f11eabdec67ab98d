import type { StepKind } from "@polku/domain";

/**
 * Pathway steps this practice adds; their ids are unique across the deployment. Its initial interview
 * is the core's (`initial-interview`): a second kind of the same name made every step menu list
 * "Alkuhaastattelu" twice (migration 0008 moved any such steps onto the core's kind).
 */
export const stepKinds = [
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
