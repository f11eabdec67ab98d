import type { HomeCard } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import type { CoreFeature } from "../../plugin-install.ts";
import { fi } from "./messages.ts";
import { en } from "./messages-en.ts";
import { sv } from "./messages-sv.ts";

/**
 * Share agreements of outcome-based funding (issue 10): the provider's negotiators and managers draft
 * versions with their partners, each partner accepts its own part, everyone who takes part reads the
 * statement for a year and runs the scenarios in the browser. Strings under "funding".
 */
export const fundingCards: readonly HomeCard[] = [
  {
    id: "agreements",
    title: "card.title",
    order: 15,
    permission: "funding.agreement.read",
    component: lazy(() => import("./FundingAgreementsCard.tsx")),
  },
];

export const fundingFeature: CoreFeature = {
  id: "funding",
  routes: [
    { path: "/funding", component: lazy(() => import("./AgreementsPage.tsx")) },
    { path: "/funding/new", component: lazy(() => import("./DraftPage.tsx")) },
    { path: "/funding/:agreementId", component: lazy(() => import("./AgreementPage.tsx")) },
    { path: "/funding/:agreementId/draft", component: lazy(() => import("./DraftPage.tsx")) },
    { path: "/funding/:agreementId/statement", component: lazy(() => import("./StatementPage.tsx")) },
    { path: "/funding/:agreementId/scenarios", component: lazy(() => import("./ScenariosPage.tsx")) },
  ],
  nav: [{ path: "/funding", label: "nav.title", permission: "funding.agreement.read", group: "reports" }],
  messages: { fi, sv, en },
  homeCards: fundingCards,
};
