/**
 * The plugin manifest's shape, for plugin authors. Browser-safe and free of Effect: a plugin's portal
 * entry imports its manifest, and the portal's first download should not carry a schema library.
 * The host validates manifests at start-up with `@polku/plugin-sdk/manifest-schema`.
 */
import type { Role } from "@polku/domain";

export interface LocalisedText {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

export interface PluginManifest {
  /** kebab-case; the plugin's router mounts at `plugins.<id>`, its pages at `/p/<id>`. */
  readonly id: string;
  /** semver */
  readonly version: string;
  readonly region: string;
  readonly title: LocalisedText;
  readonly description?: LocalisedText | undefined;
  /** Ids of plugins this one builds on; the deployment must list them too. */
  readonly requires: readonly string[];
  /** The actions the plugin defines and the roles that get them by default. */
  readonly permissions: Readonly<Record<string, readonly Role[]>>;
  /**
   * The scopes of the grants the plugin creates (e.g. "mentoring", "work-trial"). The host registers
   * them at start-up; the plugin's policies name the scopes that open each of its tables
   * (`polku.is_granted(provider_id, student_id, ARRAY['work-trial'])`).
   */
  readonly grantScopes?: readonly string[] | undefined;
  /**
   * The plugin's routes that answer without a session, as "METHOD /path" under `/public/<id>` (e.g.
   * "GET /verify/:token"): listed here so a reviewer sees every door the plugin opens. The host serves
   * only routes listed here, rate-limited per address.
   */
  readonly publicRoutes?: readonly string[] | undefined;
}

/** A deployment file (`deployments/<name>.json`): the one place a region lists its plugins. */
export interface DeploymentConfig {
  readonly region: string;
  readonly plugins: readonly string[];
  /** Plugins' settings by plugin id (each plugin declares what it takes); the environment may set them too. */
  readonly settings?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
}

/** Typed identity for authors; the host validates the manifest at start-up. */
export const defineManifest = <const M extends PluginManifest>(manifest: M): M => manifest;
