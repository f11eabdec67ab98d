import { router } from "@polku/plugin-sdk/server";

/** Checklist: procedures under `plugins.lappi-valmennus.checklist`. */
export const checklistRouter = router({});
