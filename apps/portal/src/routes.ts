import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { Login } from "./pages/Login.tsx";
import { waitingFor } from "./plugin-install.ts";
import { installed } from "./plugins.ts";

/**
 * The core's pages. The login page is in the first bundle (it is the first thing most visitors see);
 * the rest load on first use, as plugin pages do.
 */
export const coreRoutes: RouteDefinition[] = [
  { path: "/login", component: Login },
  { path: "/", component: lazy(() => import("./pages/Home.tsx")) },
  { path: "/students", component: lazy(() => import("./pages/Students.tsx")) },
  // The student page shows parts of every feature area (HOKS, coaching, welfare...): it waits for their strings.
  {
    path: "/students/:studentId",
    component: waitingFor(
      installed.featureStrings,
      lazy(() => import("./pages/student/StudentPage.tsx")),
    ),
  },
];

export const notFoundRoute: RouteDefinition = {
  path: "*404",
  component: lazy(() => import("./pages/NotFound.tsx")),
};
