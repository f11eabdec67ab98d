import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coreMigrations, migrate, rowsOf, schema } from "@polku/db";
import { createTestDb } from "@polku/db/testing";
import { publicRoute } from "@polku/plugin-sdk/server";
import { defineEvent, on } from "@polku/trpc";
import { count, sql } from "drizzle-orm";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { composeDeployment } from "../src/deployment/compose.ts";
import { registerGrantScopes } from "../src/deployment/grant-scopes.ts";
import { DeploymentError, loadDeployment } from "../src/deployment/load.ts";
import { readPluginSettings } from "../src/deployment/settings.ts";
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
    expect(demo.plugins.map((p) => p.manifest.id)).toEqual([
      "esedu-workshop-handover",
      "lappi-valmennus",
      "kaikkien-jatkopolku",
      "keski-pohjanmaa-tyoelamapassi",
    ]);
    expect(bare.plugins).toEqual([]);
    expect(
      pluginPaths(demo.router).every(
        (p) =>
          p.startsWith("plugins.esedu-workshop-handover.") ||
          p.startsWith("plugins.lappi-valmennus.") ||
          p.startsWith("plugins.kaikkien-jatkopolku.") ||
          p.startsWith("plugins.keski-pohjanmaa-tyoelamapassi."),
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
      "kaikkien-jatkopolku",
      "keski-pohjanmaa-tyoelamapassi",
    ]);
    // A plugin's subscriptions to the core's events are part of the deployment only with the plugin.
    expect(demo.events.subscribersOf("core.marksSaved")).toEqual(["lappi-valmennus"]);
    expect(demo.events.subscribersOf("core.grantRevoked")).toEqual(["esedu-workshop-handover"]);
    expect(bare.events.subscribersOf("core.marksSaved")).toEqual([]);
  });

  it("stops on a plugin's event named after someone else, or a subscription nothing in the deployment emits", async () => {
    const [handover, lappi] = (await loadDeployment("demo")).plugins;
    const issued = defineEvent("passport.badgeIssued", Schema.Struct({ badgeId: Schema.String }));
    const impostor = {
      manifest: { ...handover!.manifest, id: "kainuu-mentoring", publicRoutes: [] },
      events: [issued],
    };
    expect(() => composeDeployment({ region: "x", plugins: [impostor] })).toThrow(
      /Plugin "kainuu-mentoring" defines event "passport.badgeIssued": its events are named "kainuu-mentoring.<what>"/,
    );
    const listener = { ...lappi!, subscriptions: [on(issued, async () => {})] };
    expect(() => composeDeployment({ region: "x", plugins: [listener] })).toThrow(
      /"lappi-valmennus" subscribes to event "passport.badgeIssued", which this deployment does not define/,
    );
  });

  it("stops on a public route the manifest does not list, and on one it lists but no one serves", async () => {
    const [handover] = (await loadDeployment("demo")).plugins;
    const route = publicRoute({ method: "GET", path: "/feed/:token", handle: async () => ({ body: "" }) });
    // The handover's own routes (its calendar feed) stay; the one added here is the one in question.
    const served = handover!.publicRoutes ?? [];
    const unlisted = { ...handover!, publicRoutes: [...served, route] };
    expect(() => composeDeployment({ region: "x", plugins: [unlisted] })).toThrow(
      /serves the public route "GET \/feed\/:token", which its manifest's publicRoutes does not list/,
    );
    const manifest = {
      ...handover!.manifest,
      publicRoutes: [...(handover!.manifest.publicRoutes ?? []), "GET /feed/:token"],
    };
    expect(() => composeDeployment({ region: "x", plugins: [{ ...handover!, manifest }] })).toThrow(
      /lists the public route "GET \/feed\/:token" in its manifest but does not serve it/,
    );
    const listed = composeDeployment({
      region: "x",
      plugins: [{ ...handover!, manifest, publicRoutes: [...served, route] }],
    });
    expect(listed.publicRoutes.map((r) => r.pluginId)).toEqual(
      [...served, route].map(() => "esedu-workshop-handover"),
    );
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

  it("gives the core and each plugin its settings from the deployment file first, then the environment", async () => {
    const file = deploymentFile({
      region: "demo",
      plugins: ["lappi-valmennus"],
      settings: { core: { notificationPollMs: "2500" } },
    });
    const loaded = await loadDeployment(file);
    const settings = readPluginSettings(loaded, {
      POLKU_NOTIFICATION_POLL_MS: "999",
      POLKU_SMTP_URL: "smtp://127.0.0.1:2525",
    });
    expect(settings.get("core")).toEqual({
      notificationPollMs: 2500,
      smtpUrl: "smtp://127.0.0.1:2525",
      mailFrom: "Polku <noreply@polku.invalid>",
      publicUrl: undefined,
    });
    expect(settings.get("lappi-valmennus")).toEqual({});
    // Nothing set: the defaults, and no mail server (notifications in the portal inbox only).
    expect(readPluginSettings(await loadDeployment("demo"), {}).get("core")).toMatchObject({
      notificationPollMs: 15_000,
      smtpUrl: undefined,
    });
  });

  it("registers the grant scopes the plugins' manifests list, keeping one registered first", async () => {
    const database = await createTestDb("pglite");
    try {
      await migrate(database, [coreMigrations]);
      const [handover] = (await loadDeployment("demo")).plugins;
      const mentoring = {
        manifest: {
          ...handover!.manifest,
          id: "kainuu-mentoring",
          grantScopes: ["kainuu-pairing", "mentoring"],
        },
      };
      await registerGrantScopes(database.db, [handover!, mentoring]);
      const scopes = rowsOf<{ name: string; registered_by: string }>(
        await database.db.execute(sql`select name, registered_by from polku.grant_scope order by name`),
      );
      expect(scopes).toEqual([
        { name: "badge_request", registered_by: "core" },
        { name: "handover", registered_by: "core" },
        { name: "kainuu-pairing", registered_by: "kainuu-mentoring" },
        { name: "mentoring", registered_by: "core" },
        { name: "work-trial", registered_by: "esedu-workshop-handover" },
      ]);
    } finally {
      await database.dispose();
    }
  });

  it("stops before anything opens, naming every setting that is wrong and where it came from", async () => {
    const file = deploymentFile({
      region: "demo",
      plugins: ["lappi-valmennus"],
      settings: {
        core: { notificationPollMs: "soon" },
        "lappi-valmennus": { colour: "blue" },
        "not-listed": { a: "b" },
      },
    });
    const env = { POLKU_SMTP_URL: "mail.example.fi", POLKU_PUBLIC_URL: "https://polku.example.fi" };
    const error = await startPolku({
      deployment: file,
      port: 0,
      host: "127.0.0.1",
      seedDemo: false,
      secureCookies: false,
      // Never reached: the settings are checked before the database opens.
      db: { url: "postgres://nobody@127.0.0.1:1/none" },
      env,
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(DeploymentError);
    const message = (error as Error).message;
    expect(message).toContain('has settings for "not-listed", which it does not list');
    expect(message).toContain('the deployment file sets "colour", which is not one of its settings');
    expect(message).toMatch(
      /the deployment file's "notificationPollMs" \(how often, in milliseconds.*\): Give a number here\./,
    );
    expect(message).toMatch(
      /POLKU_SMTP_URL \(the mail server.*\): Give an smtp:\/\/ or smtps:\/\/ address here\./,
    );
    expect(message).not.toContain("POLKU_PUBLIC_URL");
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
        "kaikkien_jatkopolku_migrations",
        "keski_pohjanmaa_tyoelamapassi_migrations",
        "lappi_valmennus_migrations",
      ]);
      expect(after[0]?.n).toBe(before[0]?.n);
      expect(after[1]?.n).toBeGreaterThan(0);
      expect(after[2]?.n).toBeGreaterThan(0);
      expect(after[3]?.n).toBeGreaterThan(0);
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
