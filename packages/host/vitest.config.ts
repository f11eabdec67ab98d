import { baseTestConfig } from "@polku/vitest-config";
export default baseTestConfig;
