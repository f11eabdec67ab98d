import { fileURLToPath } from "node:url";
import { definePlugin } from "@polku/plugin-sdk/server";
import { errorTranslations } from "./error-translations.ts";
import { manifest } from "./manifest.ts";
import { publicRoutes } from "./public.ts";
import { pluginRouter } from "./router.ts";
import { seedDemo } from "./seed.ts";
import { configure } from "./server/config.ts";
import { noticeTemplates } from "./server/notices.ts";
import { passportSettings } from "./settings.ts";

export default definePlugin({
  manifest,
  settings: passportSettings,
  configure,
  router: pluginRouter,
  migrationsFolder: fileURLToPath(new URL("../migrations", import.meta.url)),
  seed: seedDemo,
  publicRoutes,
  errorTranslations,
  notificationTemplates: noticeTemplates,
});

export type { PluginRouter } from "./router.ts";
