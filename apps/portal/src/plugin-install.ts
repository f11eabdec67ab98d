/**
 * Turns the deployment's portal plugins and the core's feature areas into routes, navigation and
 * slots: strings register under the plugin's or area's id, plugin routes mount under /p/<id>,
 * navigation entries and slots keep who may see them for the page to filter.
 */
import type { HomeCard, NavGroup, PortalPlugin, StudentSection } from "@polku/plugin-sdk/portal";
import { registerMessages } from "@polku/ui";
import type { RouteDefinition } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import {
  type CoreStudentSection,
  type CoreStudentSectionProps,
  type InstalledSlot,
  installSlots,
} from "./slots/types.ts";

export interface PluginNavItem {
  readonly href: string;
  /** A namespaced message key: "<plugin-id>:<label>". */
  readonly labelKey: string;
  readonly permission: string;
  readonly group?: NavGroup | undefined;
}

export const pluginBase = (id: string) => `/p/${id}`;

/** "/" is the plugin's own front page; other paths hang below its base. */
export function joinPath(base: string, path: string): string {
  const tail = path === "/" || path === "" ? "" : path.startsWith("/") ? path : `/${path}`;
  return `${base}${tail}`;
}

/** What a set of plugins or feature areas adds to the portal. */
export interface Installation {
  readonly routes: RouteDefinition[];
  readonly nav: PluginNavItem[];
  readonly studentSections: InstalledSlot<CoreStudentSectionProps>[];
  readonly homeCards: InstalledSlot<object>[];
}

const emptyInstallation = (): Installation => ({ routes: [], nav: [], studentSections: [], homeCards: [] });

/** One contributor's slots, each waiting for the contributor's page strings. */
function addSlots(
  into: Installation,
  id: string,
  part: {
    studentSections?: readonly (StudentSection | CoreStudentSection)[];
    homeCards?: readonly HomeCard[];
  },
  strings: ReturnType<typeof messagesOf>,
  ownStrings: boolean,
) {
  const options = { ownStrings, withStrings: strings.withStrings };
  into.studentSections.push(...installSlots<CoreStudentSectionProps>(id, part.studentSections, options));
  into.homeCards.push(...installSlots(id, part.homeCards, options));
}

export function installPlugins(plugins: ReadonlyArray<{ id: string; plugin: PortalPlugin }>): Installation {
  const into = emptyInstallation();
  for (const { id, plugin } of plugins) {
    if (plugin.manifest.id !== id) {
      // The folder and the manifest disagree: the API would mount the plugin's router under the other id.
      throw new Error(`The portal entry of plugin "${id}" declares the id "${plugin.manifest.id}".`);
    }
    const strings = messagesOf(id, plugin);
    for (const route of plugin.routes) {
      into.routes.push({
        path: joinPath(pluginBase(id), route.path),
        component: strings.withStrings(route.component),
      });
    }
    for (const entry of plugin.nav) {
      into.nav.push({
        href: joinPath(pluginBase(id), entry.path),
        labelKey: `${id}:${entry.label}`,
        permission: entry.permission,
        group: entry.group,
      });
    }
    addSlots(into, id, plugin, strings, true);
  }
  return into;
}

/**
 * A part of the core portal (attendance, coaching, welfare, the pathway...), installed the way plugins
 * are, but with its pages at its own absolute paths. Without `messages` its titles are core strings.
 */
export interface CoreFeature {
  readonly id: string;
  readonly routes?: PortalPlugin["routes"];
  readonly nav?: PortalPlugin["nav"];
  readonly messages?: PortalPlugin["messages"];
  readonly pageMessages?: PortalPlugin["pageMessages"];
  readonly studentSections?: readonly CoreStudentSection[];
  readonly homeCards?: readonly HomeCard[];
}

/**
 * Registers a namespace's menu strings now and gives `ready()`, which loads its page strings once (if
 * it has any), and `withStrings(page)`, a page that waits for them, loaded in parallel with its code.
 */
function messagesOf(
  id: string,
  part: Pick<PortalPlugin, "pageMessages"> & { messages?: PortalPlugin["messages"] },
) {
  const messages = part.messages;
  if (messages) registerMessages(id, messages);
  const load = part.pageMessages;
  let loading: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    if (!load) return Promise.resolve();
    loading ??= load().then((pages) =>
      registerMessages(id, {
        fi: { ...messages?.fi, ...pages.fi },
        sv: { ...messages?.sv, ...pages.sv },
        en: { ...messages?.en, ...pages.en },
      }),
    );
    return loading;
  };
  return {
    ready,
    withStrings: <P extends object>(page: Component<P>): Component<P> =>
      load ? waitingFor(ready, page) : page,
  };
}

/** A page that renders once `ready()` and the page's own code (if it loads lazily) are both there. */
export function waitingFor<P extends object>(
  ready: () => Promise<unknown>,
  page: Component<P>,
): Component<P> {
  return lazy(async () => {
    const preload = (page as { preload?: () => Promise<unknown> }).preload;
    await Promise.all([ready(), preload?.()]);
    return { default: page };
  });
}

export function installFeatures(features: readonly CoreFeature[]): Installation {
  const into = emptyInstallation();
  for (const feature of features) {
    const strings = messagesOf(feature.id, feature);
    for (const route of feature.routes ?? [])
      into.routes.push({ path: route.path, component: strings.withStrings(route.component) });
    for (const entry of feature.nav ?? []) {
      into.nav.push({
        href: entry.path,
        labelKey: `${feature.id}:${entry.label}`,
        permission: entry.permission,
        group: entry.group,
      });
    }
    addSlots(into, feature.id, feature, strings, feature.messages !== undefined);
  }
  return into;
}
