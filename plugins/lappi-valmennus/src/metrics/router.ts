import { router } from "@polku/plugin-sdk/server";
import { dashboardProcedures } from "./dashboard.ts";
import { surveysRouter } from "./surveys.ts";

/**
 * Metrics: procedures under `plugins.lappi-valmennus.metrics`: the managers' dashboard (attendance,
 * progress, retention, baselines) and, under `surveys`, the feedback surveys.
 */
export const metricsRouter = router({ ...dashboardProcedures, surveys: surveysRouter });
