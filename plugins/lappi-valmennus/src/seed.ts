import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { seedChecklist } from "./checklist/seed.ts";
import { seedHours } from "./hours/seed.ts";
import { seedMetrics } from "./metrics/seed.ts";
import { seedNotices } from "./notices/seed.ts";
import { seedPlans } from "./plans/seed.ts";

/** Demo data for the demo deployment. It runs on every start, so each part checks before it adds. */
export async function seedDemo(context: PluginSeedContext): Promise<void> {
  await seedChecklist(context);
  await seedPlans(context);
  await seedHours(context);
  await seedMetrics(context);
  await seedNotices(context);
}
