import { router } from "@polku/plugin-sdk/server";

/** Notices: procedures under `plugins.lappi-valmennus.notices`. */
export const noticesRouter = router({});
