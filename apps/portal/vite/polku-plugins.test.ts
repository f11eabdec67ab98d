import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { portalEntryInFolder, readDeployment, renderModule } from "./polku-plugins.ts";

function fixture() {
  const root = mkdtempSync(path.join(tmpdir(), "polku-portal-"));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  return { root, write };
}

describe("the polku-plugins Vite plugin", () => {
  it("reads a deployment as the host does and refuses a malformed one with the file's name", () => {
    const { root, write } = fixture();
    write(
      "deployments/ok.json",
      JSON.stringify({ region: "r", plugins: ["a-b"], settings: { core: { smtpUrl: "smtp://u:secret@x" } } }),
    );
    write("deployments/bad.json", JSON.stringify({ region: "r", plugins: ["Not Kebab"] }));
    write("deployments/twice.json", JSON.stringify({ region: "r", plugins: ["a", "a"] }));
    write("deployments/broken.json", "{ region");
    write("deployments/no-region.json", JSON.stringify({ plugins: [] }));
    // By name, from the root's deployments/; the settings (which may hold secrets) stay out of the bundle.
    expect(readDeployment("ok", root)).toEqual({ region: "r", plugins: ["a-b"] });
    expect(readDeployment(path.join(root, "deployments/ok.json"), root)).toEqual({
      region: "r",
      plugins: ["a-b"],
    });
    expect(() => readDeployment("bad", root)).toThrow(/bad\.json is invalid.*plugin ids are kebab-case/s);
    expect(() => readDeployment("twice", root)).toThrow(/"a" is listed twice in .*twice\.json/);
    expect(() => readDeployment("broken", root)).toThrow(/broken\.json is not valid JSON/);
    expect(() => readDeployment("no-region", root)).toThrow(/no-region\.json is invalid/);
    expect(() => readDeployment("none", root)).toThrow(/none\.json does not exist/);
  });

  it("finds a plugin folder's portal entry, tells a server-only plugin from a missing one", () => {
    const { root, write } = fixture();
    write(
      "plugins/with-portal/package.json",
      JSON.stringify({ exports: { "./portal": "./src/portal.tsx" } }),
    );
    write("plugins/with-portal/src/portal.tsx", "export default {};");
    write("plugins/server-only/package.json", JSON.stringify({ exports: { "./server": "./src/server.ts" } }));
    write("plugins/broken/package.json", JSON.stringify({ exports: { "./portal": "./src/gone.tsx" } }));
    const dir = path.join(root, "plugins");
    expect(portalEntryInFolder(dir, "with-portal")).toBe(path.join(dir, "with-portal/src/portal.tsx"));
    expect(portalEntryInFolder(dir, "server-only")).toBeNull();
    expect(portalEntryInFolder(dir, "absent")).toBeUndefined();
    expect(() => portalEntryInFolder(dir, "broken")).toThrow(/gone\.tsx, which does not exist/);
  });

  it("generates a module importing exactly the listed plugins", () => {
    const code = renderModule({ region: "demo", plugins: ["a", "b"] }, [
      { id: "a", file: "/x/a/portal.tsx" },
    ]);
    expect(code).toContain('import plugin0 from "/x/a/portal.tsx";');
    expect(code).toContain('{ id: "a", plugin: plugin0 }');
    expect(code).not.toContain("plugin1");
    expect(code).toContain('"region":"demo"');
  });
});
