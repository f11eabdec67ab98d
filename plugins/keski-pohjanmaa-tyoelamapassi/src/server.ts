import { fileURLToPath } from "node:url";
import { definePlugin } from "@polku/plugin-sdk/server";
import { errorTranslations } from "./error-translations.ts";
import { entryAdded, entryNotice } from "./events.ts";
import { pruneOldEntries } from "./jobs.ts";
import { manifest } from "./manifest.ts";
import { about } from "./public.ts";
import { pluginRouter } from "./router.ts";
import { seedDemo } from "./seed.ts";
import { stepKinds } from "./step-kinds.ts";
import { tellTheStudent } from "./subscriptions.ts";

export default definePlugin({
  manifest,
  stepKinds,
  router: pluginRouter,
  migrationsFolder: fileURLToPath(new URL("../migrations", import.meta.url)),
  seed: seedDemo,
  events: [entryAdded],
  subscriptions: [tellTheStudent],
  notificationTemplates: [entryNotice],
  jobs: [pruneOldEntries],
  publicRoutes: [about],
  errorTranslations,
});

export type { PluginRouter } from "./router.ts";
