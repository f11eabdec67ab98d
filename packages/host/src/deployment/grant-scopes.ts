import type { Database } from "@polku/db";
import type { ServerPlugin } from "@polku/plugin-sdk/server";
import { sql } from "drizzle-orm";

/**
 * Registers the grant scopes the plugins' manifests list, on the owner's connection at start-up: the
 * database refuses a grant of a scope no one registered. A scope the core or another plugin registered
 * first stays theirs.
 */
export async function registerGrantScopes(owner: Database, plugins: readonly ServerPlugin[]) {
  for (const plugin of plugins) {
    for (const scope of plugin.manifest.grantScopes ?? []) {
      await owner.execute(sql`insert into polku.grant_scope (name, registered_by)
        values (${scope}, ${plugin.manifest.id}) on conflict (name) do nothing`);
    }
  }
}
