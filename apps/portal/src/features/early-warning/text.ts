import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";
import type { NavMessageKey } from "./nav-messages.ts";

export const FEATURE_ID = "early-warning";

/** What a flag says: the rule that fired, what it counted, and the threshold it compared that with. */
export interface FlagFacts {
  readonly rule: "unexplained-absences" | "no-progress" | "missed-coaching";
  readonly observed: number;
  readonly threshold: number;
  readonly windowDays: number | null;
}

/** This feature's strings, typed: `text("page.title")` reads "early-warning:page.title". */
const useText = createTextHook<MessageKey | NavMessageKey>(FEATURE_ID);

export function useEarlyWarningText() {
  const i18n = useText();
  const { text } = i18n;
  /** The flag worded in the user's language from its rule and numbers (never from the API's English). */
  const reason = (flag: FlagFacts) =>
    text(`reason.${flag.rule}`, {
      observed: flag.observed,
      threshold: flag.threshold,
      window: flag.windowDays ?? "",
    });
  return { ...i18n, reason };
}
