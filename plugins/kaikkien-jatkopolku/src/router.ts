import { router } from "@polku/plugin-sdk/server";
import { feedbackRouter } from "./feedback/results.ts";
import { learnersRouter } from "./learners.ts";
import { partnerRouter } from "./partner.ts";
import { trainingsRouter } from "./trainings.ts";

/** Mounted at `plugins.kaikkien-jatkopolku`. */
export const pluginRouter = router({
  trainings: trainingsRouter,
  learners: learnersRouter,
  partner: partnerRouter,
  feedback: feedbackRouter,
});

export type PluginRouter = typeof pluginRouter;
