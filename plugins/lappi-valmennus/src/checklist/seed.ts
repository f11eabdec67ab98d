import type { PluginSeedContext } from "@polku/plugin-sdk/server";

/** Demo data of the checklist part; idempotent. */
export async function seedChecklist(_context: PluginSeedContext): Promise<void> {}
