import type { HomeCard } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { en, fi, sv } from "./messages.ts";

/**
 * The region as a whole, for those who work across its organisations (the region's administrators and
 * funding negotiators, and managers): who takes part, and what each year's funding model pays for.
 */
export const regionCards: readonly HomeCard[] = [
  {
    id: "funding",
    title: "card.funding",
    order: 20,
    permission: "funding.read",
    component: lazy(() => import("./FundingCard.tsx")),
  },
  {
    id: "organisations",
    title: "card.organisations",
    order: 30,
    permission: "organisation.read",
    roles: ["region_admin", "funding_negotiator"],
    component: lazy(() => import("./OrganisationsCard.tsx")),
  },
];

export const regionFeature: CoreFeature = {
  id: "region",
  routes: [
    { path: "/region/organisations", component: lazy(() => import("./OrganisationsPage.tsx")) },
    { path: "/region/funding", component: lazy(() => import("./FundingModelsPage.tsx")) },
  ],
  messages: { fi, sv, en },
  homeCards: regionCards,
};
