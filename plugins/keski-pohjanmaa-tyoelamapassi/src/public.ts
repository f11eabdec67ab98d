import { publicRoute } from "@polku/plugin-sdk/server";
import { manifest } from "./manifest.ts";

/**
 * A route that needs no session, at `/public/keski-pohjanmaa-tyoelamapassi/about` (listed in the manifest's publicRoutes,
 * rate-limited by the host). It tells nothing personal; a route that does reads through a definer
 * function of this plugin and audits with `ctx.audit(...)`.
 */
export const about = publicRoute({
  method: "GET",
  path: "/about",
  handle: async () => ({ body: JSON.stringify({ id: manifest.id, title: manifest.title }) }),
});
