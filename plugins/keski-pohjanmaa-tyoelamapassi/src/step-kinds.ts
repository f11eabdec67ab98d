import type { StepKind } from "@polku/domain";

/** Pathway steps this practice adds; their ids are unique across the deployment. */
export const stepKinds = [
  {
    id: "keski-pohjanmaa-tyoelamapassi-meeting",
    phase: "studies",
    title: {
      fi: "keski-pohjanmaa-tyoelamapassi: tapaaminen",
      sv: "keski-pohjanmaa-tyoelamapassi: möte",
      en: "keski-pohjanmaa-tyoelamapassi: meeting",
    },
  },
] as const satisfies readonly StepKind[];
