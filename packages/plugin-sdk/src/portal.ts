/**
 * The portal entry of the SDK: a plugin's pages, navigation and strings. Browser-only: a plugin's
 * `./portal` entry never imports its server code (types excepted).
 */
import type { Role } from "@polku/domain";
import type { Component } from "solid-js";
import type { PluginManifest } from "./manifest.ts";

export type Locale = "fi" | "sv" | "en";
export type Messages = Readonly<Record<string, string>>;

export interface PortalRoute {
  /** Below the plugin's base path `/p/<id>`; e.g. "/" or "/students/:studentId". */
  readonly path: string;
  /** Load lazily: `lazy(() => import("./pages/X.tsx"))`. */
  readonly component: Component;
}

export interface PortalNavEntry {
  /** Below `/p/<id>`. */
  readonly path: string;
  /** A key of the plugin's messages. */
  readonly label: string;
  /** Shown only to actors whose role has this permission. */
  readonly permission: string;
}

export interface PortalPlugin {
  readonly manifest: PluginManifest;
  readonly routes: readonly PortalRoute[];
  readonly nav: readonly PortalNavEntry[];
  /**
   * The plugin's strings in the three languages; the keys must match across them. With `pageMessages`,
   * only what the menu needs: these load with the portal's first download.
   */
  readonly messages: Readonly<Record<Locale, Messages>>;
  /**
   * The pages' strings, loaded (`() => import(...)`) with the first of the plugin's pages a person
   * opens, so people who never open them never download them.
   */
  readonly pageMessages?: () => Promise<Readonly<Record<Locale, Messages>>>;
}

export const definePortalPlugin = (plugin: PortalPlugin): PortalPlugin => plugin;

export type { Role };
