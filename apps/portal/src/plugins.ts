import { portalPlugins } from "virtual:polku-plugins";
import { coreFeatures } from "./features/index.ts";
import { installFeatures, installPlugins } from "./plugin-install.ts";

const features = installFeatures(coreFeatures);
/** The deployment's plugins (from deployments/<name>.json, through the Vite plugin), installed once. */
const plugins = installPlugins(portalPlugins);

/** Routes and menu entries of the core's feature areas, then of the deployment's plugins. */
export const installed = {
  routes: [...features.routes, ...plugins.routes],
  nav: [...features.nav, ...plugins.nav],
  /** Loads the feature areas' page strings, for core pages that show parts of those areas. */
  featureStrings: features.allStrings,
};
