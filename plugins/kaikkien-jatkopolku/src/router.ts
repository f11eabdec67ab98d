import { router } from "@polku/plugin-sdk/server";
import { feedbackRouter } from "./feedback/results.ts";
import { learnersRouter } from "./learners.ts";
import { feedsRouter, meetingsRouter } from "./meetings.ts";
import { partnerRouter } from "./partner.ts";
import { trainingsRouter } from "./trainings.ts";

/** Mounted at `plugins.kaikkien-jatkopolku`. */
export const pluginRouter = router({
  trainings: trainingsRouter,
  learners: learnersRouter,
  partner: partnerRouter,
  feedback: feedbackRouter,
  meetings: meetingsRouter,
  feeds: feedsRouter,
});

export type PluginRouter = typeof pluginRouter;
