/**
 * The production build, as `pnpm start` runs it: bundled by build.mjs into a folder of its own and
 * started with plain node on a new PGlite data directory. It must migrate and seed from the build's
 * empty cluster, log in (the native argon2 addon), and mount the plugins the deployment file chooses at
 * start-up, from the one bundle.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const apiDir = fileURLToPath(new URL("..", import.meta.url));
// Inside the package, so that the bundle's outside packages (PGlite, argon2) resolve from node_modules.
const outdir = join(apiDir, "node_modules", ".cache", `polku-build-test-${process.pid}`);
const dataDirs: string[] = [];

/** Starts the bundle with a deployment on a new data directory; resolves with its address once it listens. */
async function start(deployment: string) {
  const dataDir = mkdtempSync(join(tmpdir(), "polku-build-test-"));
  dataDirs.push(dataDir);
  const child = spawn(process.execPath, [join(outdir, "main.js")], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      POLKU_DATA_DIR: dataDir,
      POLKU_DEPLOYMENT: deployment,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "development",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
  });
  const address = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const entry = JSON.parse(line) as { msg?: string; address?: string };
      if (entry.msg === "polku is listening" && entry.address) resolve(entry.address);
    });
    child.once("exit", (code) => reject(new Error(`node ${outdir}/main.js exited with ${code}: ${stderr}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  return { address, dataDir, stop };
}

const call = (address: string, path: string, body: unknown = {}) =>
  fetch(`${address}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-polku-csrf": "1" },
    body: JSON.stringify(body),
  });

describe("the production build", () => {
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ["build.mjs", "--outdir", outdir], { cwd: apiDir });
  }, 120_000);
  afterAll(() => {
    rmSync(outdir, { recursive: true, force: true });
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("starts with node on a new data directory: migrated, seeded, logging in, with the demo's plugins", async () => {
    expect(existsSync(join(outdir, "pglite-template", "PG_VERSION"))).toBe(true);
    const server = await start("demo");
    try {
      expect((await fetch(`${server.address}/healthz`)).status).toBe(200);
      // The data directory began as the build's cluster, with its smaller buffer pool.
      expect(readFileSync(join(server.dataDir, "pglite", "postgresql.auto.conf"), "utf8")).toContain(
        "shared_buffers = '16MB'",
      );
      const login = await call(server.address, "auth.login", {
        username: "omaohjaaja",
        password: "polku-demo",
      });
      expect(login.status).toBe(200);
      // Mounted: a plugin's procedure asks for a session rather than not existing.
      expect((await call(server.address, "plugins.lappi-valmennus.notices.mine")).status).toBe(401);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it("mounts only what the deployment file lists", async () => {
    const server = await start("core-only");
    try {
      expect((await fetch(`${server.address}/healthz`)).status).toBe(200);
      expect((await call(server.address, "plugins.lappi-valmennus.notices.mine")).status).toBe(404);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
