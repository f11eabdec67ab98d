import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { fmt, repoRoot, table } from "./stats.ts";

const gz = (path: string) => gzipSync(readFileSync(path)).length;

/**
 * The portal's initial JavaScript: the entry script and the chunks index.html preloads, gzipped as a
 * server would send them. Baseline: the Solid runtime alone (solid-js + solid-js/web), gzipped.
 */
export function bundleSize() {
  const dist = fileURLToPath(new URL("apps/portal/dist/", repoRoot));
  const html = readFileSync(`${dist}index.html`, "utf8");
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ].map((m) => `${dist}${m[1]}`);
  const initial = files.reduce((sum, f) => sum + gz(f), 0);
  const require = createRequire(new URL("apps/portal/package.json", repoRoot));
  const solid =
    gz(require.resolve("solid-js/dist/solid.js")) + gz(require.resolve("solid-js/web/dist/web.js"));
  console.log("\n## Portal initial JavaScript (gzip)\n");
  table([
    { what: "portal initial JS", files: String(files.length), "gzip kB": fmt(initial / 1024) },
    { what: "baseline: Solid runtime alone", files: "2", "gzip kB": fmt(solid / 1024) },
  ]);
  console.log(`ratio portal / Solid runtime: ${fmt(initial / solid, 2)}`);
}
