import { defineConfig } from "vitest/config";

/**
 * Shared test configuration. Database tests start PGlite and run migrations, which takes
 * a few seconds, so the default timeouts are generous; nothing here asserts on timing.
 */
export const baseTestConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database tests share one PostgreSQL server in CI: run files one after another.
    fileParallelism: false,
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
