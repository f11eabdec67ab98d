import type { PluginSeedContext } from "@polku/plugin-sdk/server";

/** Demo data of the metrics part; idempotent. */
export async function seedMetrics(_context: PluginSeedContext): Promise<void> {}
