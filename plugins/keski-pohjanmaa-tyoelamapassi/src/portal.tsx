import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./messages.ts";

/**
 * The portal part: the passport (a learner's badges and the catalogue) at /p/keski-pohjanmaa-tyoelamapassi,
 * the assessors' page, home cards for learners and assessors, and a section on the core's student page
 * for the provider's staff. Each loads lazily.
 */
export default definePortalPlugin({
  manifest,
  routes: [
    { path: "/", component: lazy(() => import("./pages/Passport.tsx")) },
    { path: "/assess", component: lazy(() => import("./pages/Assess.tsx")) },
    { path: "/credit", component: lazy(() => import("./pages/Credit.tsx")) },
  ],
  nav: [
    {
      path: "/",
      label: "nav.title",
      permission: "keski-pohjanmaa-tyoelamapassi.catalogue.read",
      group: "paths",
    },
    {
      path: "/assess",
      label: "nav.assess",
      permission: "keski-pohjanmaa-tyoelamapassi.assess",
      group: "paths",
    },
    {
      path: "/credit",
      label: "nav.credit",
      permission: "keski-pohjanmaa-tyoelamapassi.credit.keep",
      group: "paths",
    },
  ],
  homeCards: [
    {
      id: "passport",
      title: "card.mine",
      order: 25,
      permission: "keski-pohjanmaa-tyoelamapassi.learn",
      component: lazy(() => import("./pages/HomeCards.tsx")),
    },
    {
      id: "assess",
      title: "card.assess",
      order: 26,
      permission: "keski-pohjanmaa-tyoelamapassi.assess",
      component: lazy(() => import("./pages/AssessorCard.tsx")),
    },
    {
      id: "credit",
      title: "card.credit",
      order: 27,
      permission: "keski-pohjanmaa-tyoelamapassi.credit.keep",
      component: lazy(() => import("./pages/CreditCard.tsx")),
    },
  ],
  studentSections: [
    {
      id: "badges",
      title: "staff.title",
      order: 65,
      permission: "keski-pohjanmaa-tyoelamapassi.staff",
      component: lazy(() => import("./pages/StudentSection.tsx")),
    },
  ],
  messages: { fi, sv, en },
});
