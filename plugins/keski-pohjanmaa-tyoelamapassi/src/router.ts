import { router } from "@polku/plugin-sdk/server";
import { assessingRouter } from "./router/assessing.ts";
import { catalogueRouter } from "./router/catalogue.ts";
import { creditRouter } from "./router/credit.ts";
import { earningRouter } from "./router/earning.ts";
import { endorsingRouter } from "./router/endorsing.ts";
import { sharingRouter } from "./router/sharing.ts";
import { staffRouter } from "./router/staff.ts";

export const pluginRouter = router({
  catalogue: catalogueRouter,
  earning: earningRouter,
  assessing: assessingRouter,
  staff: staffRouter,
  endorsing: endorsingRouter,
  credit: creditRouter,
  sharing: sharingRouter,
});

export type PluginRouter = typeof pluginRouter;
