import { definePortalPlugin } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";
import { manifest } from "./manifest.ts";
import { en, fi, sv } from "./portal/messages.ts";

/** The portal part: pages and the home card load lazily, so only people who open them download them. */
export default definePortalPlugin({
  manifest,
  routes: [
    { path: "/", component: lazy(() => import("./portal/HandoverHome.tsx")) },
    { path: "/handovers/:handoverId", component: lazy(() => import("./portal/HandoverDetail.tsx")) },
    { path: "/agreements", component: lazy(() => import("./portal/AgreementsPage.tsx")) },
    { path: "/trials", component: lazy(() => import("./portal/CompanyTrials.tsx")) },
    { path: "/self-assessment", component: lazy(() => import("./portal/SelfAssessmentPage.tsx")) },
    { path: "/plans", component: lazy(() => import("./portal/PlansPage.tsx")) },
  ],
  nav: [
    { path: "/", label: "nav.title", permission: "handover.read", group: "paths" },
    { path: "/plans", label: "plans.nav", permission: "handover.create", group: "paths" },
    { path: "/agreements", label: "agreements.nav", permission: "agreement.read", group: "paths" },
    { path: "/trials", label: "company.nav", permission: "trial.feedback", group: "paths" },
    { path: "/self-assessment", label: "sa.nav", permission: "selfAssessment.answer", group: "reports" },
  ],
  homeCards: [
    {
      id: "handovers",
      title: "list.title",
      order: 40,
      // The workshop's coaches record the next steps; the provider's staff hand over from the plugin's page.
      permission: "handover.record",
      component: lazy(() => import("./portal/HandoversCard.tsx")),
    },
    {
      id: "work-trials",
      title: "company.title",
      order: 40,
      // A company contact sees its coachees only while each trial lasts.
      permission: "trial.feedback",
      component: lazy(() => import("./portal/CompanyTrialsCard.tsx")),
    },
  ],
  studentSections: [
    {
      // In the student's goals, after the HOKS (40): the path planned with the student before graduation.
      id: "continuation-plan",
      title: "plans.section",
      order: 45,
      permission: "continuationPlan.read",
      component: lazy(() => import("./portal/PlanSection.tsx")),
    },
  ],
  messages: { fi, sv, en },
});
