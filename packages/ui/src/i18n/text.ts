import { type I18n, useI18n } from "./context.tsx";
import type { Params } from "./registry.ts";

/** A feature's or plugin's strings hook: `text(key)` reads "<namespace>:<key>", typed by its keys. */
export type TextHook<K extends string> = () => I18n & { text(key: K, params?: Params): string };

/**
 * The strings hook of one namespace (a core feature area's id, or a plugin's manifest id), so each
 * area writes `export const useText = createTextHook<MessageKey>(manifest.id)` instead of its own copy.
 */
export function createTextHook<K extends string>(namespace: string): TextHook<K> {
  return () => {
    const i18n = useI18n();
    return { ...i18n, text: (key: K, params?: Params) => i18n.t(`${namespace}:${key}`, params) };
  };
}
