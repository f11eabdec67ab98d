import type { PluginSeedContext } from "@polku/plugin-sdk/server";

/** Demo data of the plans part; idempotent. */
export async function seedPlans(_context: PluginSeedContext): Promise<void> {}
