import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./messages.ts";

/**
 * The portal part: the trainer's pages and the partner contact's, under /p/kaikkien-jatkopolku, and a
 * home card for each. Everything loads lazily. (The follow-up feedback form needs no account: it is a
 * public route of the server, not a portal page.)
 */
export default definePortalPlugin({
  manifest,
  routes: [
    { path: "/", component: lazy(() => import("./portal/Trainings.tsx")) },
    { path: "/trainings/:trainingId", component: lazy(() => import("./portal/Training.tsx")) },
    { path: "/partner", component: lazy(() => import("./portal/PartnerPage.tsx")) },
  ],
  nav: [
    { path: "/", label: "nav.trainings", permission: "jatkopolku.read", group: "paths" },
    { path: "/partner", label: "nav.partner", permission: "jatkopolku.partner", group: "paths" },
  ],
  homeCards: [
    {
      id: "trainings",
      title: "card.trainings",
      order: 45,
      permission: "jatkopolku.write",
      component: lazy(() => import("./portal/TrainerHomeCard.tsx")),
    },
    {
      id: "partner",
      title: "card.partner",
      order: 25,
      permission: "jatkopolku.partner",
      component: lazy(() => import("./portal/PartnerHomeCard.tsx")),
    },
  ],
  messages: { fi, sv, en },
});
