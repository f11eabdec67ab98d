import { createPluginText, type TextHook } from "@polku/plugin-sdk/portal-text";
import { manifest } from "../manifest.ts";
import type { ChecklistMessageKey } from "./checklist/messages.ts";
import type { HoursMessageKey } from "./hours/messages.ts";
import type { MetricsMessageKey } from "./metrics/messages.ts";
import type { NavMessageKey } from "./nav-messages.ts";
import type { NoticesMessageKey } from "./notices/messages.ts";
import type { PlansMessageKey } from "./plans/messages.ts";

export type MessageKey =
  | NavMessageKey
  | ChecklistMessageKey
  | PlansMessageKey
  | NoticesMessageKey
  | HoursMessageKey
  | MetricsMessageKey;

const useText = createPluginText<MessageKey>(manifest.id);

/**
 * This plugin's strings, typed per area: `usePluginText<ChecklistMessageKey>()` gives
 * `text("checklist.title")`, which reads "lappi-valmennus:checklist.title", and refuses other areas' keys.
 */
export function usePluginText<K extends MessageKey = MessageKey>(): ReturnType<TextHook<K>> {
  return useText();
}

export const pluginId = manifest.id;
