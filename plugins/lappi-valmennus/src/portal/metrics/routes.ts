import type { PortalNavEntry, PortalRoute } from "@polku/plugin-sdk/portal";
import { lazy } from "solid-js";

/**
 * The metrics pages (lazy) and their navigation entries, below `/p/lappi-valmennus`. chart.js is
 * imported only by the dashboard page, so only a manager who opens it downloads it.
 */
export const routes: readonly PortalRoute[] = [
  { path: "/metrics", component: lazy(() => import("./MetricsPage.tsx")) },
  { path: "/metrics/baselines", component: lazy(() => import("./BaselinesPage.tsx")) },
  { path: "/surveys", component: lazy(() => import("./OpenSurveysPage.tsx")) },
  { path: "/surveys/manage", component: lazy(() => import("./SurveysPage.tsx")) },
  { path: "/surveys/new", component: lazy(() => import("./SurveyCreatePage.tsx")) },
  { path: "/surveys/:surveyId/results", component: lazy(() => import("./SurveyResultsPage.tsx")) },
  { path: "/surveys/:surveyId", component: lazy(() => import("./AnswerPage.tsx")) },
];

export const nav: readonly PortalNavEntry[] = [
  {
    path: "/metrics",
    label: "metrics.nav.dashboard",
    permission: "valmennus.metrics.read",
    group: "reports",
  },
  // Managers run the surveys; students and staff answer them: the same name, each their own page.
  {
    path: "/surveys/manage",
    label: "metrics.nav.surveys",
    permission: "valmennus.survey.manage",
    group: "reports",
  },
  { path: "/surveys", label: "metrics.nav.surveys", permission: "valmennus.survey.answer", group: "reports" },
];
