import type { PluginSeedContext } from "@polku/plugin-sdk/server";

/** Demo data for the demo deployment. It runs on every start, so it must check before it adds. */
export async function seedDemo(_context: PluginSeedContext): Promise<void> {}
