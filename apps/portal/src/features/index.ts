import { attendanceFeature } from "./attendance/index.ts";
import { coachingFeature } from "./coaching/index.ts";
import { earlyWarningFeature } from "./early-warning/index.ts";
import { hoksFeature } from "./hoks/index.ts";
import { welfareFeature } from "./welfare/index.ts";

/** The core portal's feature areas, in menu order (after Home and Students, before plugins). */
export const coreFeatures = [
  earlyWarningFeature,
  attendanceFeature,
  coachingFeature,
  hoksFeature,
  welfareFeature,
];
