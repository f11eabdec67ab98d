import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const FEATURE_ID = "inbox";

/** The inbox's strings, typed: `text("title")` reads "inbox:title". */
export const useInboxText = createTextHook<MessageKey>(FEATURE_ID);
