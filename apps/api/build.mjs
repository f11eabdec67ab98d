/**
 * The API's production build: `node dist/main.js`, no TypeScript at run time. `pnpm start` runs it
 * through turbo, which skips it while its inputs (turbo.json) are unchanged.
 *
 * One esbuild pass bundles src/main.ts with the host (@polku/host, packages/host) and every workspace
 * package it uses and every plugin in plugins/, each plugin a lazy chunk: a deployment still chooses its plugins at
 * start-up and loads only those, and the chunks share one copy of tRPC, drizzle and effect with the host.
 * Why this shape:
 * - Plugins are compiled in, not loaded from their folders, because their server entries are TypeScript,
 *   which plain node cannot import (the host's src/deployment/bundled.ts is replaced by the list of them).
 * - Two packages stay outside, resolved from node_modules at run time: PGlite loads its wasm and data
 *   files next to its own module, and @node-rs/argon2 is a native addon.
 * - Files the code finds with `new URL(..., import.meta.url)` (migrations, the portal's dist, the
 *   workspace root) stay where they are: in each workspace module `import.meta.url` is rewritten to that
 *   module's source file, relative to the bundle, so every such path resolves as it does from source.
 *   The output is flat (dist/*.js), so one relative path holds for every output file.
 * - dist/pglite-template is an empty database cluster, initialised here once, that a new PGlite data
 *   directory starts from (the host's src/production.ts): initdb is the slowest part of a first start.
 *
 * Source maps are written beside the bundle: with `NODE_OPTIONS=--enable-source-maps`, stack traces name
 * the TypeScript sources. `node build.mjs --outdir <dir>` builds elsewhere (the build's test); the
 * directory must be inside the workspace, where node_modules resolves.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { build } from "esbuild";

const apiDir = dirname(fileURLToPath(import.meta.url));
const root = join(apiDir, "..", "..");
const { values: args } = parseArgs({ options: { outdir: { type: "string" } } });
const outdir = resolve(apiDir, args.outdir ?? "dist");
const pluginsDir = join(root, "plugins");
// The host's module that the build replaces (its text from source says what it holds).
const bundledModule = join(root, "packages", "host", "src", "deployment", "bundled.ts");
if (!existsSync(bundledModule)) throw new Error(`The host's ${bundledModule} is gone: update build.mjs.`);

/** Every workspace plugin with a server entry: the same folders loadDeployment looks in first. */
const plugins = readdirSync(pluginsDir)
  .sort()
  .flatMap((id) => {
    const packageJson = join(pluginsDir, id, "package.json");
    if (!existsSync(packageJson)) return [];
    const entry = JSON.parse(readFileSync(packageJson, "utf8")).exports?.["./server"];
    return entry ? [{ id, entry: join(pluginsDir, id, entry) }] : [];
  });

const fromOutput = (file) => relative(outdir, file).split(sep).join("/");

const bundledText = `export const inBundle = true;
export const bundledPlugins = {
${plugins.map((p) => `  ${JSON.stringify(p.id)}: () => import(${JSON.stringify(p.entry)}),`).join("\n")}
};
export const pgliteTemplate = new URL("./pglite-template", import.meta.url);
`;

/** @type {import("esbuild").Plugin} */
const workspaceSources = {
  name: "polku-workspace-sources",
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|mts|js|mjs)$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const loader = args.path.endsWith(".tsx") ? "tsx" : args.path.endsWith("ts") ? "ts" : "js";
      if (args.path === bundledModule) return { loader, contents: bundledText };
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const here = `new URL(${JSON.stringify(fromOutput(args.path))}, import.meta.url).href`;
      return { loader, contents: source.replaceAll("import.meta.url", here) };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: apiDir,
  entryPoints: { main: join(apiDir, "src", "main.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  external: ["@electric-sql/pglite", "@node-rs/argon2"],
  // CommonJS dependencies (fastify, pino, postgres.js...) call require(); ESM output needs one.
  banner: {
    js: 'import { createRequire as __polkuCreateRequire } from "node:module";\nconst require = __polkuCreateRequire(import.meta.url);',
  },
  plugins: [workspaceSources],
  sourcemap: "linked",
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"));
const nested = outputs.filter((f) => dirname(resolve(apiDir, f)) !== outdir);
if (nested.length > 0) throw new Error(`The build must be flat (see above): ${nested.join(", ")}`);

// The empty cluster: what PGlite's initdb writes into a new data directory, made once, here. PGlite
// allocates and clears the whole buffer pool at every open: initdb's 128 MB cost 80 ms of each start,
// and 16 MB holds the demo's whole database (11 MB) with room to spare.
const template = join(outdir, "pglite-template");
const pg = await PGlite.create(template);
await pg.exec("ALTER SYSTEM SET shared_buffers = '16MB'");
await pg.close();

const kB = outputs.reduce((n, f) => n + result.metafile.outputs[f].bytes, 0) / 1024;
console.log(
  `${relative(root, join(outdir, "main.js"))}: ${outputs.length} files, ${Math.round(kB)} kB of JavaScript; ` +
    `plugins ${plugins.map((p) => p.id).join(", ") || "none"}; an empty PGlite cluster`,
);
