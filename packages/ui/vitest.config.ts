import { baseTestConfig } from "@polku/vitest-config";
import solid from "vite-plugin-solid";
import { defineConfig, mergeConfig } from "vitest/config";

// Component tests render Solid in happy-dom; vite-plugin-solid picks Solid's browser build for them.
export default mergeConfig(
  baseTestConfig,
  defineConfig({
    plugins: [solid()],
    test: { environment: "happy-dom", fileParallelism: true, setupFiles: ["src/test-setup.ts"] },
  }),
);
