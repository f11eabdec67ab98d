import { router } from "@polku/plugin-sdk/server";

/** Hours: procedures under `plugins.lappi-valmennus.hours`. */
export const hoursRouter = router({});
