import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rowsOf, schema } from "@polku/db";
import { createTestDb } from "@polku/db/testing";
import { count, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { composeDeployment } from "../src/deployment/compose.ts";
import { DeploymentError, loadDeployment } from "../src/deployment/load.ts";
import { startPolku } from "../src/start.ts";

const pluginPaths = (router: { _def: { procedures: object } }) =>
  Object.keys(router._def.procedures).filter((p) => p.startsWith("plugins."));

function deploymentFile(config: unknown) {
  const dir = mkdtempSync(join(tmpdir(), "polku-deployment-"));
  const file = join(dir, "deployment.json");
  writeFileSync(file, JSON.stringify(config));
  return file;
}

describe("composing deployments", () => {
  it("gives each deployment exactly its plugins", async () => {
    const demo = composeDeployment(await loadDeployment("demo"));
    const bare = composeDeployment(await loadDeployment("core-only"));
    expect(demo.plugins.map((p) => p.manifest.id)).toEqual(["esedu-workshop-handover", "lappi-valmennus"]);
    expect(bare.plugins).toEqual([]);
    expect(
      pluginPaths(demo.router).every(
        (p) => p.startsWith("plugins.esedu-workshop-handover.") || p.startsWith("plugins.lappi-valmennus."),
      ),
    ).toBe(true);
    expect(pluginPaths(demo.router)).toContain("plugins.lappi-valmennus.notices.mine");
    expect(pluginPaths(demo.router).length).toBeGreaterThan(0);
    expect(pluginPaths(bare.router)).toEqual([]);
    expect(demo.stepKinds.has("work-trial")).toBe(true);
    expect(bare.stepKinds.has("work-trial")).toBe(false);
    expect(demo.authority.permissions).toContain("handover.create");
    expect(bare.authority.permissions).not.toContain("handover.create");
    expect(demo.migrationSets.map((s) => s.id)).toEqual([
      "core",
      "esedu-workshop-handover",
      "lappi-valmennus",
    ]);
    // A plugin's hook into the core's attendance writes is part of the deployment only with the plugin.
    expect(demo.hooks.marksSaved).toHaveLength(1);
    expect(bare.hooks.marksSaved).toEqual([]);
  });

  it("stops with a message naming a plugin that is not installed", async () => {
    const file = deploymentFile({ region: "x", plugins: ["no-such-plugin"] });
    await expect(loadDeployment(file)).rejects.toThrow(
      /Plugin "no-such-plugin" is listed in .* but is not installed/,
    );
  });

  it("stops with a message naming an invalid deployment file", async () => {
    const file = deploymentFile({ region: "x", plugins: ["Not Kebab"] });
    await expect(loadDeployment(file)).rejects.toBeInstanceOf(DeploymentError);
  });

  it("runs only the new plugin's migrations when a plugin is enabled later", async () => {
    const db = await createTestDb("pglite", []);
    try {
      const first = await startPolku({
        deployment: "core-only",
        port: 0,
        host: "127.0.0.1",
        seedDemo: true,
        secureCookies: false,
        database: db,
        logLevel: "warn",
      });
      await first.close();
      const tables = async () =>
        rowsOf<{ table_name: string; n: number }>(
          await db.db.execute(
            sql`select table_name, (xpath('/row/n/text()', query_to_xml('select count(*) as n from polku_migrations.' || table_name, false, true, '')))[1]::text::int as n
                from information_schema.tables where table_schema = 'polku_migrations' order by table_name`,
          ),
        );
      const before = await tables();
      expect(before.map((t) => t.table_name)).toEqual(["core_migrations"]);
      const [students] = await db.db.select({ n: count() }).from(schema.student);

      const second = await startPolku({
        deployment: "demo",
        port: 0,
        host: "127.0.0.1",
        seedDemo: true,
        secureCookies: false,
        database: db,
        logLevel: "warn",
      });
      await second.close();
      const after = await tables();
      expect(after.map((t) => t.table_name)).toEqual([
        "core_migrations",
        "esedu_workshop_handover_migrations",
        "lappi_valmennus_migrations",
      ]);
      expect(after[0]?.n).toBe(before[0]?.n);
      expect(after[1]?.n).toBeGreaterThan(0);
      expect(after[2]?.n).toBeGreaterThan(0);
      // The core demo was not seeded again; the plugin's demo data was added.
      const [again] = await db.db.select({ n: count() }).from(schema.student);
      expect(again?.n).toBe(students?.n);
      const handovers = rowsOf<{ n: number }>(
        await db.db.execute(sql`select count(*)::int as n from esedu_workshop_handover.handover`),
      );
      expect(handovers[0]?.n).toBe(1);
    } finally {
      await db.dispose();
    }
  });
});
