import { createTextHook } from "@polku/ui";
import type { MessageKey } from "./messages.ts";
import type { NavMessageKey } from "./nav-messages.ts";

export const FEATURE_ID = "early-warning";

export type Rule = "unexplained-absences" | "no-progress" | "missed-coaching";

/** What a flag says: the rule that fired, what it counted, and the threshold it compared that with. */
export interface FlagFacts {
  readonly rule: Rule;
  readonly observed: number;
  readonly threshold: number;
  readonly windowDays: number | null;
}

/** The urgency the API ranked a warning by (the domain's urgencyOf). */
export interface UrgencyFacts {
  readonly level: "high" | "medium" | "low";
  readonly points: number;
  readonly reasons: ReadonlyArray<
    | { readonly kind: "signals"; readonly count: number }
    | { readonly kind: "severe"; readonly rule: Rule }
    | { readonly kind: "graduation"; readonly inDays: number }
    | { readonly kind: "returned" }
  >;
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
      // The parts that count days and weeks, each in its plural ("1 dag", "de senaste 30 dagarna").
      days: text("part.days", { count: flag.observed }),
      weeks: text("part.weeks", { count: flag.observed }),
      limit: text("part.weekLimit", { count: flag.threshold }),
      period: text("part.lastDays", { count: flag.windowDays ?? 0 }),
    });
  /** "på 30 dagar", "in 1 day": a threshold's window, for the thresholds in force. */
  const within = (windowDays: number) => text("part.withinDays", { count: windowDays });
  /** "Kiireellisyys: suuri": the level in words, so colour is never the only cue (WCAG 1.4.1). */
  const urgency = (u: UrgencyFacts) => text(`urgency.${u.level}`);
  /** Why it ranks so, in words: the reasons that gave its points. */
  const whyUrgent = (u: UrgencyFacts, expectedGraduation: string | null) =>
    text("urgency.why", {
      reasons: u.reasons
        .map((r) => {
          switch (r.kind) {
            case "signals":
              return text("urgency.signals", { count: r.count });
            case "severe":
              return text("urgency.severe", { rule: text(`rule.${r.rule}`) });
            case "graduation":
              return text(r.inDays < 0 ? "urgency.graduationPassed" : "urgency.graduation", {
                day: expectedGraduation ? i18n.formatDate(expectedGraduation) : "",
              });
            default:
              return text("urgency.returned");
          }
        })
        .join("; "),
    });
  return { ...i18n, reason, within, urgency, whyUrgent };
}
