import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDb } from "@polku/db/testing";
import { generatePlugin } from "@polku/generator";
import { afterAll, describe, expect, it } from "vitest";
import { startPolku } from "../src/start.ts";
import { loginAs } from "./harness.ts";

/** The dependencies a generated plugin needs are those of the Esedu plugin: borrow its node_modules. */
const linkedModules = fileURLToPath(
  new URL("../../../plugins/esedu-workshop-handover/node_modules", import.meta.url),
);

describe("a plugin made with the generator", () => {
  const workdir = mkdtempSync(join(tmpdir(), "polku-gen-"));
  afterAll(() => rmSync(workdir, { recursive: true, force: true }));

  it("works as soon as a deployment lists it", async () => {
    const pluginsDir = join(workdir, "plugins");
    const target = generatePlugin({
      name: "kainuu-practice",
      pluginsDir,
      region: "kainuu",
      install: (target) => symlinkSync(linkedModules, join(target, "node_modules"), "dir"),
      log: () => {},
    });
    // Its server and portal code type-check as generated.
    execFileSync(join(linkedModules, ".bin", "tsc"), ["-p", target], { stdio: "pipe" });
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
