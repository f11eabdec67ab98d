import { fileURLToPath } from "node:url";
import { definePlugin } from "@polku/plugin-sdk/server";
import { manifest } from "./manifest.ts";
import { pluginRouter } from "./router.ts";
import { seedDemo } from "./seed.ts";
import { stepKinds } from "./step-kinds.ts";

export default definePlugin({
  manifest,
  stepKinds,
  router: pluginRouter,
  migrationsFolder: fileURLToPath(new URL("../migrations", import.meta.url)),
  seed: seedDemo,
  // Work on a clock, once across every API process, as this plugin's job role (its own tables only):
  // jobs: [schedule({ id: "nightly", at: "03:00", run: async ({ tx, log }) => {} })],
});

export type { PluginRouter } from "./router.ts";
