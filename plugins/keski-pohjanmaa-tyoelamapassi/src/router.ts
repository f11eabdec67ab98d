import { router } from "@polku/plugin-sdk/server";
import { assessingRouter } from "./router/assessing.ts";
import { catalogueRouter } from "./router/catalogue.ts";
import { earningRouter } from "./router/earning.ts";
import { staffRouter } from "./router/staff.ts";

export const pluginRouter = router({
  catalogue: catalogueRouter,
  earning: earningRouter,
  assessing: assessingRouter,
  staff: staffRouter,
});

export type PluginRouter = typeof pluginRouter;
