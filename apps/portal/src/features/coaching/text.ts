import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";
import type { NavMessageKey } from "./nav-messages.ts";

export const COACHING = "coaching";

/** The coaching strings, typed: `text("form.title")` reads "coaching:form.title". */
export const useCoachingText = createTextHook<MessageKey | NavMessageKey>(COACHING);
