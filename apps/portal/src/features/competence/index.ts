import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { en, fi, sv } from "./messages.ts";

/**
 * Companies' competence needs (core, migration 0024): a company's contact states them in the partner
 * portal; staff and partners read them to hold people's competence against them.
 */
export const competenceFeature: CoreFeature = {
  id: "competence",
  routes: [{ path: "/competence-needs", component: lazy(() => import("./NeedsPage.tsx")) }],
  nav: [{ path: "/competence-needs", label: "nav.title", permission: "competenceNeed.read", group: "paths" }],
  messages: { fi, sv, en },
  homeCards: [
    {
      id: "competence-needs",
      title: "card.title",
      order: 50,
      permission: "competenceNeed.write",
      component: lazy(() => import("./NeedsCard.tsx")),
    },
  ],
};
