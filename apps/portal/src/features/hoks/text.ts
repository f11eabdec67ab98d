import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";
import type { NavMessageKey } from "./nav-messages.ts";

export const FEATURE_ID = "hoks";

/** This feature's strings, typed: `text("section.title")` reads "hoks:section.title". */
export const useHoksText = createTextHook<MessageKey | NavMessageKey>(FEATURE_ID);
