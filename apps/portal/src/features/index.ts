import { attendanceFeature } from "./attendance/index.ts";
import { auditFeature } from "./audit/index.ts";
import { coachingFeature } from "./coaching/index.ts";
import { competenceFeature } from "./competence/index.ts";
import { earlyWarningFeature } from "./early-warning/index.ts";
import { fundingFeature } from "./funding/index.ts";
import { grantsFeature } from "./grants/index.ts";
import { hoksFeature } from "./hoks/index.ts";
import { inboxFeature } from "./inbox/index.ts";
import { pathwayFeature } from "./pathway/index.ts";
import { regionFeature } from "./region/index.ts";
import { studentsFeature } from "./students/index.ts";
import { welfareFeature } from "./welfare/index.ts";

/**
 * The core portal's feature areas, in menu order (after Home and Students, before plugins). The
 * student and home pages order their slots by each contribution's `order`, not by this list.
 */
export const coreFeatures = [
  studentsFeature,
  earlyWarningFeature,
  attendanceFeature,
  coachingFeature,
  hoksFeature,
  welfareFeature,
  pathwayFeature,
  grantsFeature,
  auditFeature,
  inboxFeature,
  regionFeature,
  fundingFeature,
  competenceFeature,
];
