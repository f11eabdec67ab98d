import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./messages.ts";

export default definePortalPlugin({
  manifest,
  routes: [{ path: "/", component: lazy(() => import("./pages/Main.tsx")) }],
  nav: [{ path: "/", label: "nav.title", permission: "__ID__.read" }],
  messages: { fi, sv, en },
});
