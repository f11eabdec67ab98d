import { baseTestConfig } from "@polku/vitest-config";
import { defineConfig } from "vitest/config";

/**
 * The server's tests (the router, the follow-up feedback and its public link against a real API, the
 * rules, the manifest and the portal's strings) in Node. The pages are tested in Chromium from
 * apps/portal/test/e2e/kaikkien-jatkopolku.test.ts.
 */
export default defineConfig({
  test: { ...baseTestConfig.test, include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});
