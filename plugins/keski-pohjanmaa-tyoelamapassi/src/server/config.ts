/**
 * The passport's settings as the host checked them at start-up (`configure` in server.ts). Procedures and
 * public routes read them here: the host hands settings to jobs only, and a plugin never reads the
 * environment itself.
 */
import type { SettingsValues } from "@polku/plugin-sdk/server";
import { didWebFor, type KeyEncryptionKey, parseKeyEncryptionKey } from "../credentials/index.ts";
import { manifest } from "../manifest.ts";
import type { passportSettings } from "../settings.ts";

export interface PassportConfig {
  readonly kek: KeyEncryptionKey;
  /** Without a trailing slash. */
  readonly publicUrl: string;
}

let current: PassportConfig | undefined;

export function configure(settings: SettingsValues<typeof passportSettings>) {
  if (!settings.keySecret) {
    throw new Error(
      `Plugin "${manifest.id}" cannot start: set keySecret (POLKU_TYOELAMAPASSI_KEY_SECRET), the key that seals its signing keys.`,
    );
  }
  current = {
    kek: parseKeyEncryptionKey(settings.keySecret),
    publicUrl: settings.publicUrl.replace(/\/+$/, ""),
  };
}

export function config(): PassportConfig {
  if (!current) throw new Error(`Plugin "${manifest.id}" was not configured at start-up.`);
  return current;
}

/** Where this plugin's public routes are, under the deployment's address. */
export const publicBase = () => `${config().publicUrl}/public/${manifest.id}`;
export const issuerDid = (organisationId: string) =>
  didWebFor(config().publicUrl, manifest.id, organisationId);
/** A key's DID, fixed when the key was made: its id is `<did>#key-<n>`. */
export const didOfKey = (keyId: string) => keyId.split("#")[0] ?? keyId;
export const statusListUrl = (organisationId: string, listNo: number) =>
  `${publicBase()}/status/${organisationId}/${listNo}`;
export const achievementUrl = (slug: string, version: number) => `${publicBase()}/badges/${slug}/v${version}`;
