import type { PluginSeedContext } from "@polku/plugin-sdk/server";

/** Demo data of the hours part; idempotent. */
export async function seedHours(_context: PluginSeedContext): Promise<void> {}
