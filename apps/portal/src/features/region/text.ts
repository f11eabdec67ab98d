import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const FEATURE_ID = "region";

/** This feature's strings, typed: `text("funding.title")` reads "region:funding.title". */
export const useRegionText = createTextHook<MessageKey>(FEATURE_ID);
