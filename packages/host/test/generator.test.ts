import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rowsOf } from "@polku/db";
import { createTestDb } from "@polku/db/testing";
import { generatePlugin } from "@polku/generator";
import { loginAs } from "@polku/plugin-sdk/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPolku } from "../src/start.ts";

/**
 * The dependencies a generated plugin needs are those of the Esedu plugin (which lists the template's
 * test dependencies too, @polku/host among them): borrow its node_modules.
 */
const linkedModules = fileURLToPath(
  new URL("../../../plugins/esedu-workshop-handover/node_modules", import.meta.url),
);

describe("a plugin made with the generator", () => {
  const workdir = mkdtempSync(join(tmpdir(), "polku-gen-"));
  const pluginsDir = join(workdir, "plugins");
  let target: string;
  beforeAll(() => {
    target = generatePlugin({
      name: "kainuu-practice",
      pluginsDir,
      region: "kainuu",
      install: (target) => symlinkSync(linkedModules, join(target, "node_modules"), "dir"),
      log: () => {},
    });
  });
  afterAll(() => rmSync(workdir, { recursive: true, force: true }));

  it("type-checks and passes its own tests as generated: the router's against a real API, the page's in happy-dom", () => {
    // Its server, portal and test code type-check as generated.
    execFileSync(join(linkedModules, ".bin", "tsc"), ["-p", target], { stdio: "pipe" });
    let output: string;
    try {
      // Its tests run in its own folder, as `pnpm test` runs them there (on PostgreSQL too with DATABASE_URL).
      output = execFileSync(join(linkedModules, ".bin", "vitest"), ["run", "--reporter=verbose"], {
        cwd: target,
        stdio: "pipe",
        encoding: "utf8",
        env: { ...process.env, CI: "true" },
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`The generated plugin's tests failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
    }
    expect(output).toMatch(/test\/router\.test\.ts/);
    expect(output).toMatch(/src\/pages\/Entries\.test\.tsx/);
    expect(output).toMatch(/test\/error-translations\.test\.ts/);
    expect(output).not.toMatch(/\bskipped\b/);
  }, 240_000); // a type check and a whole test run of its own: minutes on a busy machine

  it("works as soon as a deployment lists it", async () => {
    const deployment = join(workdir, "deployment.json");
    writeFileSync(deployment, JSON.stringify({ region: "kainuu", plugins: ["kainuu-practice"] }));

    const db = await createTestDb("pglite", []);
    const running = await startPolku({
      deployment,
      pluginsDir,
      port: 0,
      host: "127.0.0.1",
      seedDemo: true,
      secureCookies: false,
      database: db,
      logLevel: "warn",
    });
    try {
      expect(running.deployment.stepKinds.has("kainuu-practice-meeting")).toBe(true);
      const tutor = await loginAs(running.address, "omaohjaaja");
      const [someone] = await tutor.trpc.students.list.query({ limit: 1 });
      type Generated = typeof running.deployment.router;
      const client = tutor.plugin<Generated>("kainuu-practice") as unknown as {
        add: { mutate(input: { studentId: string; text: string }): Promise<{ id: string }> };
        list: { query(input: { studentId: string }): Promise<Array<{ text: string }>> };
      };
      await client.add.mutate({ studentId: someone!.id, text: "Ensimmäinen tapaaminen sovittu" });
      expect((await client.list.query({ studentId: someone!.id })).map((e) => e.text)).toEqual([
        "Ensimmäinen tapaaminen sovittu",
      ]);

      // Its event, subscription and notification: the student hears of an entry in their inbox.
      const student = await loginAs(running.address, "opiskelija");
      const [self] = await student.trpc.students.list.query({});
      await client.add.mutate({ studentId: self!.id, text: "Työharjoittelupaikka löytyi" });
      const inbox = await student.trpc.inbox.list.query({ locale: "fi" });
      expect(inbox.items.map((i) => i.subject)).toContain("Uusi merkintä: kainuu-practice");
      // Its public route answers without a session.
      const about = await fetch(`${running.address}/public/kainuu-practice/about`);
      expect(about.status).toBe(200);
      expect(await about.json()).toMatchObject({ id: "kainuu-practice" });
      // Its nightly job and its grant scope are the deployment's.
      expect(running.deployment.jobs.map((j) => `${j.plugin.manifest.id}/${j.job.id}`)).toContain(
        "kainuu-practice/prune-old-entries",
      );
      const scopes = await db.db.execute(
        sql`select name from polku.grant_scope where registered_by = 'kainuu-practice'`,
      );
      expect(rowsOf<{ name: string }>(scopes)).toEqual([{ name: "kainuu-practice" }]);
    } finally {
      await running.close();
      await db.dispose();
    }
  });

  it("refuses a name that is not kebab-case", () => {
    expect(() =>
      generatePlugin({ name: "Bad Name", pluginsDir: workdir, install: false, migrations: false }),
    ).toThrow(/kebab-case/);
  });
});
