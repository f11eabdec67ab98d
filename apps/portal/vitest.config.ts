import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

/**
 * Two kinds of test: component and unit tests in happy-dom, and end-to-end flows that start the real
 * API and drive Debian's Chromium. The end-to-end tests need the built portal (dist/): turbo runs this
 * package's build before its test; they build nothing themselves.
 */
export default defineConfig({
  test: {
    fileParallelism: false,
    projects: [
      {
        plugins: [solid()],
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["src/**/*.test.{ts,tsx}", "vite/**/*.test.ts"],
          setupFiles: ["test/setup-dom.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          // A cold PGlite start, migrations, the demo seed and a browser: generous, and never a timing check.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
