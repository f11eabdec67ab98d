import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import { Login } from "./pages/Login.tsx";

/**
 * The core's pages. The login page is in the first bundle (it is the first thing most visitors see);
 * the rest load on first use, as plugin pages do. The home and student pages are frames for the
 * slots: each section or card waits for its own contributor's strings and code.
 */
export const coreRoutes: RouteDefinition[] = [
  { path: "/login", component: Login },
  { path: "/", component: lazy(() => import("./pages/Home.tsx")) },
  { path: "/students", component: lazy(() => import("./pages/Students.tsx")) },
  { path: "/students/:studentId", component: lazy(() => import("./pages/student/StudentPage.tsx")) },
];

export const notFoundRoute: RouteDefinition = {
  path: "*404",
  component: lazy(() => import("./pages/NotFound.tsx")),
};
