import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./portal/messages.ts";

/** The portal part: pages load lazily, so only people who open them download them. */
export default definePortalPlugin({
  manifest,
  routes: [
    { path: "/", component: lazy(() => import("./portal/HandoverHome.tsx")) },
    { path: "/handovers/:handoverId", component: lazy(() => import("./portal/HandoverDetail.tsx")) },
  ],
  nav: [{ path: "/", label: "nav.title", permission: "handover.read" }],
  messages: { fi, sv, en },
});
