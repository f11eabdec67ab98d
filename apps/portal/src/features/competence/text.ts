import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

export const FEATURE_ID = "competence";

/** This feature's strings, typed: `text("page.title")` reads "competence:page.title". */
export const useCompetenceText = createTextHook<MessageKey>(FEATURE_ID);
