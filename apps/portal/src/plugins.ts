import { portalPlugins } from "virtual:polku-plugins";
import { installPlugins } from "./plugin-install.ts";

/** The deployment's plugins (from deployments/<name>.json, through the Vite plugin), installed once. */
export const installed = installPlugins(portalPlugins);
