import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { polkuPlugins } from "./vite/polku-plugins.ts";

// The deployment file is read by the host's own module (@polku/host/deployment-file), which is
// TypeScript in a workspace package: the package's scripts load this config with
// `--configLoader runner`, which compiles what it imports, instead of bundling it for plain node.
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  plugins: [solid(), polkuPlugins({ repoRoot })],
  resolve: {
    // Plugins are separate packages: they must share the portal's copies, or Solid's reactivity,
    // the router's context and the i18n/session contexts would each exist twice.
    dedupe: ["solid-js", "@solidjs/router", "@polku/ui", "@trpc/client"],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
  },
  server: {
    // `pnpm dev` here with the API on :3000 (`pnpm --filter @polku/api dev`).
    proxy: { "/trpc": "http://127.0.0.1:3000" },
  },
});
