import { fileURLToPath } from "node:url";
import { definePlugin } from "@polku/plugin-sdk/server";
import { calendarFeedRoute } from "./calendar.ts";
import { errorTranslations } from "./error-translations.ts";
import { endExpiredHandovers } from "./jobs.ts";
import { manifest } from "./manifest.ts";
import { handoverRouter } from "./router.ts";
import { seedDemo } from "./seed.ts";
import { workshopStepKinds } from "./step-kinds.ts";
import { withdrawOnRevoke } from "./subscriptions.ts";

export default definePlugin({
  manifest,
  stepKinds: workshopStepKinds,
  router: handoverRouter,
  migrationsFolder: fileURLToPath(new URL("../migrations", import.meta.url)),
  seed: seedDemo,
  subscriptions: [withdrawOnRevoke],
  jobs: [endExpiredHandovers],
  errorTranslations,
  publicRoutes: [calendarFeedRoute],
});

export type { HandoverRouter } from "./router.ts";
