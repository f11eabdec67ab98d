import { localDateIn } from "@polku/domain/days";
import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";
import type { NavMessageKey } from "./nav-messages.ts";

export const FEATURE_ID = "attendance";

/** This feature's strings, typed: `text("mark.title")` reads "attendance:mark.title". */
export const useAttendanceText = createTextHook<MessageKey | NavMessageKey>(FEATURE_ID);

/** Today in Helsinki as YYYY-MM-DD: school days are Finnish days, whatever the browser's zone. */
export const todayInHelsinki = (now = new Date()): string => localDateIn(now);
