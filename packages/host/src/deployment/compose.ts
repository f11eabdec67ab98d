import { coreMigrations, type MigrationSet } from "@polku/db";
import { coreStepKinds, makeStepKindRegistry } from "@polku/domain";
import type { ServerPlugin } from "@polku/plugin-sdk/server";
import {
  composeRouter,
  coreErrorTranslations,
  coreEventList,
  corePermissions,
  makeAuthority,
  makeErrorTranslator,
  makeEventBus,
  makeNotificationTemplates,
  type NotificationTemplates,
} from "@polku/trpc";
import type { AnyRouter } from "@trpc/server";
import { Effect } from "effect";
import { compileJobs } from "../scheduler/jobs.ts";
import { DeploymentError, type LoadedDeployment } from "./load.ts";

/**
 * Puts a deployment together: the core's and the plugins' step kinds, permissions, routers, events,
 * scheduled jobs, migrations and the translations of their failure messages. A clash (a step kind, permission or event defined twice) stops start-up, naming it.
 */
export function composeDeployment(deployment: Pick<LoadedDeployment, "region" | "plugins">) {
  const plugins = inDependencyOrder(deployment.plugins);
  for (const plugin of plugins) checkRouter(plugin);
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
  const notifications = composeTemplates(plugins);
  const publicRoutes = plugins.flatMap(checkPublicRoutes);
  const events = composeEvents(plugins, notifications);
  const jobs = compileJobs(plugins);
  const errorText = makeErrorTranslator([coreErrorTranslations, ...plugins.map((p) => p.errorTranslations)]);
  return {
    region: deployment.region,
    plugins,
    stepKinds,
    authority,
    router,
    migrationSets,
    events,
    notifications,
    publicRoutes,
    jobs,
    errorText,
  };
}

export type ComposedDeployment = ReturnType<typeof composeDeployment>;
export type { ServerPlugin };

/** Plugins after those they require, so a plugin's migrations run after the tables it builds on. */
function inDependencyOrder(plugins: readonly ServerPlugin[]): ServerPlugin[] {
  const byId = new Map(plugins.map((p) => [p.manifest.id, p]));
  const ordered: ServerPlugin[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (plugin: ServerPlugin, path: readonly string[]) => {
    const id = plugin.manifest.id;
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      throw new DeploymentError({
        reason: `Plugins require each other in a circle: ${[...path, id].join(" -> ")}.`,
      });
    }
    state.set(id, "visiting");
    for (const required of plugin.manifest.requires) {
      const dependency = byId.get(required);
      if (dependency) visit(dependency, [...path, id]);
    }
    state.set(id, "done");
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin, []);
  return ordered;
}

/**
 * Every procedure of a plugin must come from the SDK's `procedure` and declare a permission; one that
 * does not would be refused at every call, so the deployment is refused at start-up instead.
 */
function checkRouter(plugin: ServerPlugin) {
  const procedures = (plugin.router?._def.procedures ?? {}) as Record<
    string,
    { _def?: { meta?: { permission?: unknown } } }
  >;
  for (const [path, procedure] of Object.entries(procedures)) {
    if (typeof procedure._def?.meta?.permission !== "string") {
      throw new DeploymentError({
        reason: `Plugin "${plugin.manifest.id}": procedure ${path} declares no permission (build it from the SDK's procedure with .meta({ permission })).`,
      });
    }
  }
}

/**
 * The core's events and the plugins', with their subscribers in deployment order. A plugin names its
 * events after itself (only it emits them), and subscribes only to events some part of the deployment
 * defines: either mistake stops start-up, naming the plugin.
 */
function composeEvents(plugins: readonly ServerPlugin[], notifications: NotificationTemplates) {
  for (const plugin of plugins) checkOwnNames(plugin, "event", plugin.events ?? []);
  try {
    return makeEventBus(
      [...coreEventList, ...plugins.flatMap((p) => p.events ?? [])],
      plugins.map((p) => ({ id: p.manifest.id, subscriptions: p.subscriptions ?? [] })),
      notifications.notifierFor,
    );
  } catch (error) {
    throw new DeploymentError({ reason: `Events of the deployment: ${(error as Error).message}` });
  }
}

/** The plugins' notification templates, each named after its plugin like its events. */
function composeTemplates(plugins: readonly ServerPlugin[]) {
  for (const plugin of plugins) checkOwnNames(plugin, "template", plugin.notificationTemplates ?? []);
  try {
    return makeNotificationTemplates(plugins.flatMap((p) => p.notificationTemplates ?? []));
  } catch (error) {
    throw new DeploymentError({
      reason: `Notification templates of the deployment: ${(error as Error).message}`,
    });
  }
}

function checkOwnNames(
  plugin: ServerPlugin,
  what: "event" | "template",
  defined: readonly { name: string; owner: string }[],
) {
  const id = plugin.manifest.id;
  for (const { name, owner } of defined) {
    if (owner !== id) {
      throw new DeploymentError({
        reason: `Plugin "${id}" defines ${what} "${name}": its ${what}s are named "${id}.<what>".`,
      });
    }
  }
}

/**
 * A plugin serves exactly the public routes its manifest lists: a route the manifest leaves out, or one
 * it lists that the plugin does not serve, stops start-up (the manifest is where reviewers look).
 */
function checkPublicRoutes(plugin: ServerPlugin) {
  const id = plugin.manifest.id;
  const listed = new Set(plugin.manifest.publicRoutes ?? []);
  const served = (plugin.publicRoutes ?? []).map((route) => ({
    name: `${route.method} ${route.path}`,
    route,
  }));
  for (const { name } of served) {
    if (!listed.has(name)) {
      throw new DeploymentError({
        reason: `Plugin "${id}" serves the public route "${name}", which its manifest's publicRoutes does not list.`,
      });
    }
    listed.delete(name);
  }
  for (const name of listed) {
    throw new DeploymentError({
      reason: `Plugin "${id}" lists the public route "${name}" in its manifest but does not serve it.`,
    });
  }
  return served.map(({ route }) => ({ pluginId: id, route }));
}
