/**
 * Turns the deployment's portal plugins into routes and navigation: strings register under the plugin
 * id, routes mount under /p/<id>, navigation entries keep their permission for the menu to filter.
 */
import type { PortalPlugin } from "@polku/plugin-sdk/portal";
import { registerMessages } from "@polku/ui";
import type { RouteDefinition } from "@solidjs/router";
import { type Component, lazy } from "solid-js";

export interface PluginNavItem {
  readonly href: string;
  /** A namespaced message key: "<plugin-id>:<label>". */
  readonly labelKey: string;
  readonly permission: string;
}

export const pluginBase = (id: string) => `/p/${id}`;

/** "/" is the plugin's own front page; other paths hang below its base. */
export function joinPath(base: string, path: string): string {
  const tail = path === "/" || path === "" ? "" : path.startsWith("/") ? path : `/${path}`;
  return `${base}${tail}`;
}

export function installPlugins(plugins: ReadonlyArray<{ id: string; plugin: PortalPlugin }>) {
  const routes: RouteDefinition[] = [];
  const nav: PluginNavItem[] = [];
  for (const { id, plugin } of plugins) {
    if (plugin.manifest.id !== id) {
      // The folder and the manifest disagree: the API would mount the plugin's router under the other id.
      throw new Error(`The portal entry of plugin "${id}" declares the id "${plugin.manifest.id}".`);
    }
    const strings = messagesOf(id, plugin);
    for (const route of plugin.routes) {
      routes.push({
        path: joinPath(pluginBase(id), route.path),
        component: strings.withStrings(route.component),
      });
    }
    for (const entry of plugin.nav) {
      nav.push({
        href: joinPath(pluginBase(id), entry.path),
        labelKey: `${id}:${entry.label}`,
        permission: entry.permission,
      });
    }
  }
  return { routes, nav };
}

/**
 * A part of the core portal with its own pages, menu entries and strings (attendance, coaching,
 * welfare), installed the way plugins are, but mounted at its own absolute paths.
 */
export interface CoreFeature {
  readonly id: string;
  readonly routes: PortalPlugin["routes"];
  readonly nav: PortalPlugin["nav"];
  readonly messages: PortalPlugin["messages"];
  readonly pageMessages?: PortalPlugin["pageMessages"];
}

/**
 * Registers a namespace's menu strings now and gives `ready()`, which loads its page strings once (if
 * it has any), and `withStrings(page)`, a page that waits for them, loaded in parallel with its code.
 */
function messagesOf(id: string, part: Pick<PortalPlugin, "messages" | "pageMessages">) {
  registerMessages(id, part.messages);
  const load = part.pageMessages;
  let loading: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    if (!load) return Promise.resolve();
    loading ??= load().then((pages) =>
      registerMessages(id, {
        fi: { ...part.messages.fi, ...pages.fi },
        sv: { ...part.messages.sv, ...pages.sv },
        en: { ...part.messages.en, ...pages.en },
      }),
    );
    return loading;
  };
  return { ready, withStrings: (page: Component) => (load ? waitingFor(ready, page) : page) };
}

/** A page that renders once `ready()` and the page's own code (if it loads lazily) are both there. */
export function waitingFor(ready: () => Promise<unknown>, page: Component): Component {
  return lazy(async () => {
    const preload = (page as { preload?: () => Promise<unknown> }).preload;
    await Promise.all([ready(), preload?.()]);
    return { default: page };
  });
}

export function installFeatures(features: readonly CoreFeature[]) {
  const routes: RouteDefinition[] = [];
  const nav: PluginNavItem[] = [];
  const loaders: Array<() => Promise<void>> = [];
  for (const feature of features) {
    const strings = messagesOf(feature.id, feature);
    loaders.push(strings.ready);
    for (const route of feature.routes)
      routes.push({ path: route.path, component: strings.withStrings(route.component) });
    for (const entry of feature.nav) {
      nav.push({ href: entry.path, labelKey: `${feature.id}:${entry.label}`, permission: entry.permission });
    }
  }
  /** Every feature's page strings, for a core page that shows parts of them all (the student page). */
  const allStrings = () => Promise.all(loaders.map((load) => load()));
  return { routes, nav, allStrings };
}
