import { coreMigrations, type MigrationSet } from "@polku/db";
import { coreStepKinds, makeStepKindRegistry } from "@polku/domain";
import type { ServerPlugin } from "@polku/plugin-sdk/server";
import { composeRouter, corePermissions, makeAuthority } from "@polku/trpc";
import type { AnyRouter } from "@trpc/server";
import { Effect } from "effect";
import { DeploymentError, type LoadedDeployment } from "./load.ts";

/**
 * Puts a deployment together: the core's and the plugins' step kinds, permissions, routers and
 * migrations. A clash (a step kind or permission defined twice) stops start-up, naming it.
 */
export function composeDeployment(deployment: Pick<LoadedDeployment, "region" | "plugins">) {
  const { plugins } = deployment;
  const stepKinds = Effect.runSync(
    makeStepKindRegistry([...coreStepKinds, ...plugins.flatMap((p) => p.stepKinds ?? [])]).pipe(
      Effect.mapError((e) => new DeploymentError({ reason: `Step kinds of the deployment: ${e.message}` })),
    ),
  );
  let authority: ReturnType<typeof makeAuthority>;
  try {
    authority = makeAuthority(corePermissions, ...plugins.map((p) => p.manifest.permissions));
  } catch (error) {
    throw new DeploymentError({ reason: `Permissions of the deployment: ${(error as Error).message}` });
  }
  const pluginRouters: Record<string, AnyRouter> = {};
  for (const plugin of plugins) if (plugin.router) pluginRouters[plugin.manifest.id] = plugin.router;
  const router = composeRouter(pluginRouters);
  const migrationSets: MigrationSet[] = [
    coreMigrations,
    ...plugins.flatMap((p) =>
      p.migrationsFolder ? [{ id: p.manifest.id, folder: p.migrationsFolder }] : [],
    ),
  ];
  return { region: deployment.region, plugins, stepKinds, authority, router, migrationSets };
}

export type ComposedDeployment = ReturnType<typeof composeDeployment>;
export type { ServerPlugin };
