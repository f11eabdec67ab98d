import type { PolkuDb } from "@polku/db";
import { type StartOptions, startPolku } from "@polku/host/start";

/**
 * The demo deployment's API on a loopback port over the given database, seeded with the demo region,
 * quiet, without secure cookies (plain http): what every benchmark that drives the real API starts.
 * `options` changes what one benchmark needs (the core-only deployment, the built portal, no workers).
 */
export function startBenchApi(
  database: PolkuDb,
  options: Partial<Pick<StartOptions, "deployment" | "portalDir" | "workers">> = {},
) {
  return startPolku({
    deployment: "demo",
    port: 0,
    host: "127.0.0.1",
    seedDemo: true,
    secureCookies: false,
    database,
    logLevel: "error",
    ...options,
  });
}
