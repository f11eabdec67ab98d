import { portalPlugins } from "virtual:polku-plugins";
import { coreFeatures } from "./features/index.ts";
import { installFeatures, installPlugins } from "./plugin-install.ts";

const features = installFeatures(coreFeatures);
/** The deployment's plugins (from deployments/<name>.json, through the Vite plugin), installed once. */
const plugins = installPlugins(portalPlugins);

/**
 * Routes, menu entries and slots of the core's feature areas, then of the deployment's plugins. Core
 * pages render what these hold; they never import a feature area's or a plugin's parts themselves.
 */
export const installed = {
  routes: [...features.routes, ...plugins.routes],
  nav: [...features.nav, ...plugins.nav],
  studentSections: [...features.studentSections, ...plugins.studentSections],
  homeCards: [...features.homeCards, ...plugins.homeCards],
};

/** Each installed plugin's title in fi/sv/en, by id: how a person knows a plugin's part of Polku. */
export const pluginTitles: ReadonlyMap<string, { fi: string; sv?: string; en?: string }> = new Map(
  portalPlugins.map(({ id, plugin }) => [id, plugin.manifest.title]),
);
