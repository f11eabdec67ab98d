// First, for its effect: in the production build, PGlite's start-up settings (see the module).
import "@polku/host/production";
import { fileURLToPath } from "node:url";
import { ConfigurationError, DeploymentError, startPolku } from "@polku/host";

/**
 * `pnpm start`: the deployment named by POLKU_DEPLOYMENT (default: the demo) on PGlite, or on
 * PostgreSQL when DATABASE_URL is set, migrated, with the demo region seeded on first start, serving
 * the built portal at http://localhost:3000.
 */
const port = Number(process.env.PORT ?? 3000);
const running = await startPolku({
  deployment: process.env.POLKU_DEPLOYMENT ?? "demo",
  port,
  host: process.env.HOST ?? "localhost",
  portalDir: fileURLToPath(new URL("../../portal/dist", import.meta.url)),
  seedDemo: process.env.POLKU_SEED_DEMO !== "0",
  // Secure cookies everywhere except local development over plain HTTP (the demo's `pnpm start`).
  secureCookies: process.env.NODE_ENV !== "development",
  trustProxy: trustProxyFromEnv(process.env.POLKU_TRUST_PROXY),
}).catch((error: unknown) => {
  if (error instanceof DeploymentError || error instanceof ConfigurationError) {
    console.error(`Polku cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
});

/** POLKU_TRUST_PROXY: "true", a hop count, or addresses/CIDRs separated by commas; unset means none. */
function trustProxyFromEnv(value: string | undefined): boolean | string | number {
  if (!value) return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  running.app.log.info({ signal }, "shutting down");
  // Stop taking requests, let those in flight finish, then close the database.
  await running.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
