import { attendanceFeature } from "./attendance/index.ts";
import { coachingFeature } from "./coaching/index.ts";
import { welfareFeature } from "./welfare/index.ts";

/** The core portal's feature areas, in menu order (after Home and Students, before plugins). */
export const coreFeatures = [attendanceFeature, coachingFeature, welfareFeature];
