import { createPluginText } from "@polku/plugin-sdk/portal-text";
import { manifest } from "../manifest.ts";
import type { MessageKey } from "./messages.ts";

/** This plugin's strings, typed: `text("form.title", { name })` reads "esedu-workshop-handover:form.title". */
export const usePluginText = createPluginText<MessageKey>(manifest.id);

export const pluginId = manifest.id;
