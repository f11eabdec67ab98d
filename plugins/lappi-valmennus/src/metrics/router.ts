import { router } from "@polku/plugin-sdk/server";

/** Metrics: procedures under `plugins.lappi-valmennus.metrics`. */
export const metricsRouter = router({});
