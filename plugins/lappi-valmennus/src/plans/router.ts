import { router } from "@polku/plugin-sdk/server";

/** Plans: procedures under `plugins.lappi-valmennus.plans`. */
export const plansRouter = router({});
