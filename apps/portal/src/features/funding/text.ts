import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const FEATURE_ID = "funding";

/** This area's strings, typed: `text("list.title")` reads "funding:list.title". */
export const useFundingText = createTextHook<MessageKey>(FEATURE_ID);
