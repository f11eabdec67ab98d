/**
 * When does this tab's session end, and should the person be warned? A session ends at whichever comes
 * first: its latest end (12 hours from the login, which nothing extends) or when it has gone unused for
 * its idle time. Each use more than `slideMinutes` after the last extends it, so after the tab's last
 * answer the server may have extended it up to that much earlier: the estimate takes the earlier time.
 * WCAG 2.2.1 (Timing Adjustable): the person is warned before the end and, where it can be, may extend it.
 */

export interface SessionLimits {
  /** ISO instant: the end no use extends. */
  readonly endsAtLatest: string;
  readonly idleMinutes: number;
  readonly slideMinutes: number;
}

export type SessionWarning =
  | { readonly kind: "none" }
  /** Ends for want of use unless the person goes on: a call extends it. */
  | { readonly kind: "idle"; readonly endsAt: Date }
  /** Ends at its latest end: save the work, then log in again. */
  | { readonly kind: "latest"; readonly endsAt: Date }
  | { readonly kind: "ended" };

/** How long before the end the warning shows. */
export const WARN_BEFORE_MS = 5 * 60_000;

export function sessionWarning(
  now: number,
  limits: SessionLimits,
  lastAnswerAt: number | null,
  warnBeforeMs = WARN_BEFORE_MS,
): SessionWarning {
  const latest = Date.parse(limits.endsAtLatest);
  if (Number.isNaN(latest)) return { kind: "none" };
  const idleEnd =
    lastAnswerAt === null
      ? Number.POSITIVE_INFINITY
      : lastAnswerAt + (limits.idleMinutes - limits.slideMinutes) * 60_000;
  const end = Math.min(latest, idleEnd);
  if (now >= end) return { kind: "ended" };
  if (end - now > warnBeforeMs) return { kind: "none" };
  return { kind: latest <= idleEnd ? "latest" : "idle", endsAt: new Date(end) };
}
