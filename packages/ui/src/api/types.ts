/**
 * The router type of a deployment's core, for the portal's client (import type only, so nothing of the
 * server reaches the bundle). Plugin routers are reached through `usePluginApi`, typed with each
 * plugin's own router.
 */
import type { AppRouter } from "@polku/trpc";
import type { inferRouterOutputs } from "@trpc/server";

export type { AppRouter };
export type ApiOutputs = inferRouterOutputs<AppRouter>;
export type Me = ApiOutputs["auth"]["me"];
