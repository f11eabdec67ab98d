import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";
import type { NavMessageKey } from "./nav-messages.ts";

export const WELFARE = "welfare";

/** The welfare strings, typed: `text("refer.title")` reads "welfare:refer.title". */
export const useWelfareText = createTextHook<MessageKey | NavMessageKey>(WELFARE);
