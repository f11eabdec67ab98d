import { fileURLToPath } from "node:url";
import { definePlugin } from "@polku/plugin-sdk/server";
import { calendarFeedRoute } from "./calendar/feed.ts";
import { errorTranslations } from "./error-translations.ts";
import { createFeedbackRequests } from "./feedback/job.ts";
import { feedbackAnswer, feedbackCss, feedbackForm } from "./feedback/public.ts";
import { feedbackLink } from "./feedback/template.ts";
import { manifest } from "./manifest.ts";
import { pluginRouter } from "./router.ts";
import { seedDemo } from "./seed.ts";

export default definePlugin({
  manifest,
  router: pluginRouter,
  migrationsFolder: fileURLToPath(new URL("../migrations", import.meta.url)),
  seed: seedDemo,
  notificationTemplates: [feedbackLink],
  jobs: [createFeedbackRequests],
  publicRoutes: [feedbackForm, feedbackAnswer, feedbackCss, calendarFeedRoute],
  errorTranslations,
});

export type { PluginRouter } from "./router.ts";
