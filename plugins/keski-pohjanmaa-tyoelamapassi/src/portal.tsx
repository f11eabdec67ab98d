import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./messages.ts";

/**
 * The portal part: the plugin's own page under /p/keski-pohjanmaa-tyoelamapassi, and its section on the core's student page
 * (`order`: the core's sections use 10, 20, ... 90; 55 puts this one after attendance). Both load lazily.
 */
export default definePortalPlugin({
  manifest,
  routes: [{ path: "/", component: lazy(() => import("./pages/Main.tsx")) }],
  nav: [{ path: "/", label: "nav.title", permission: "keski-pohjanmaa-tyoelamapassi.read" }],
  studentSections: [
    {
      id: "entries",
      title: "page.title",
      order: 55,
      permission: "keski-pohjanmaa-tyoelamapassi.read",
      component: lazy(() => import("./pages/StudentSection.tsx")),
    },
  ],
  messages: { fi, sv, en },
});
