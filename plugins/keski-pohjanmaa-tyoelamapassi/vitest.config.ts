import { baseTestConfig } from "@polku/vitest-config";
import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

/**
 * Two kinds of test: the server's (the router against a real API, the manifest) in Node, and the
 * portal's pages in happy-dom, against a real API that test/portal-api.ts starts once.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...baseTestConfig.test,
          name: "server",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        },
      },
      {
        plugins: [solid()],
        test: {
          ...baseTestConfig.test,
          name: "portal",
          include: ["src/**/*.test.tsx"],
          environment: "happy-dom",
          globalSetup: ["test/portal-api.ts"],
        },
      },
    ],
  },
});
