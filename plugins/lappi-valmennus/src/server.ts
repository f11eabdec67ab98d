import { fileURLToPath } from "node:url";
import { definePlugin } from "@polku/plugin-sdk/server";
import { errorTranslations } from "./error-translations.ts";
import { manifest } from "./manifest.ts";
import { absenceNotice } from "./notices/message.ts";
import { recordAbsenceNotices } from "./notices/record.ts";
import { valmennusRouter } from "./router.ts";
import { seedDemo } from "./seed.ts";
import { stepKinds } from "./step-kinds.ts";

export default definePlugin({
  manifest,
  stepKinds,
  router: valmennusRouter,
  migrationsFolder: fileURLToPath(new URL("../migrations", import.meta.url)),
  seed: seedDemo,
  subscriptions: [recordAbsenceNotices],
  notificationTemplates: [absenceNotice],
  errorTranslations,
});

export type { ValmennusRouter } from "./router.ts";
