import { createPluginText } from "@polku/plugin-sdk/portal-text";
import { manifest } from "./manifest.ts";
import type { MessageKey } from "./messages.ts";

/** The plugin's strings, typed by their keys: `text("page.title")` reads "<plugin id>:page.title". */
export const usePluginText = createPluginText<MessageKey>(manifest.id);
