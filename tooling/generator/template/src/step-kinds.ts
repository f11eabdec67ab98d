import type { StepKind } from "@polku/domain";

/** Pathway steps this practice adds; their ids are unique across the deployment. */
export const stepKinds = [
  {
    id: "__ID__-meeting",
    phase: "studies",
    title: { fi: "__TITLE_FI__: tapaaminen", sv: "__TITLE_SV__: möte", en: "__TITLE_EN__: meeting" },
  },
] as const satisfies readonly StepKind[];
