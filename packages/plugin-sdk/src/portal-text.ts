/**
 * The strings hook of a plugin's portal pages. Apart from `./portal` because it needs @polku/ui's
 * i18n at run time, which only the browser build (with Solid's JSX transform) can load.
 */
import { createTextHook, type TextHook } from "@polku/ui";

/**
 * One line per plugin: `export const usePluginText = createPluginText<MessageKey>(manifest.id)`; then
 * `usePluginText().text("page.title")` reads "<plugin id>:page.title" in the person's language.
 */
export const createPluginText = <K extends string>(pluginId: string): TextHook<K> =>
  createTextHook<K>(pluginId);

export type { TextHook };
