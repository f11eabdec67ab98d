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
