import { router } from "@polku/plugin-sdk/server";
import { checklistRouter } from "./checklist/router.ts";
import { hoursRouter } from "./hours/router.ts";
import { metricsRouter } from "./metrics/router.ts";
import { noticesRouter } from "./notices/router.ts";
import { plansRouter } from "./plans/router.ts";

/** Mounted at `plugins.lappi-valmennus`: one sub-router per part of the practice. */
export const valmennusRouter = router({
  checklist: checklistRouter,
  plans: plansRouter,
  notices: noticesRouter,
  hours: hoursRouter,
  metrics: metricsRouter,
});

export type ValmennusRouter = typeof valmennusRouter;
