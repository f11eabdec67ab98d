import { cleanup } from "@solidjs/testing-library";
import { afterEach } from "vitest";

// Unmount what each test rendered (testing-library only does this by itself with vitest globals on).
afterEach(cleanup);
