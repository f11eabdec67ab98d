/**
 * What changed from one version of an agreement's terms to the next, as a list a person reads: the
 * parties added or removed, and each party's share, cap, floor and minimum contribution that moved.
 * Pure, so it is tested on its own and the agreement page only words it.
 */
import type { PartyTerms, ShareAgreement } from "@polku/domain/funding";

export type Change =
  | { readonly kind: "added" | "removed"; readonly party: string }
  | {
      readonly kind: "field";
      readonly party: string;
      readonly field: "percentage" | "capEuros" | "floorEuros" | "minContribution";
      readonly from: number | undefined;
      readonly to: number | undefined;
    }
  | { readonly kind: "effectiveFrom" | "title" | "attribution"; readonly from: string; readonly to: string };

const fields = ["percentage", "capEuros", "floorEuros", "minContribution"] as const;

/** A short, stable wording of an attribution rule, to tell whether it changed (the page words it itself). */
export const ruleKey = (a: ShareAgreement["attribution"]): string =>
  a.rule === "last" ? `last:${a.windowDays}` : a.rule === "weighted" ? `weighted:${a.measure}` : "shapley";

export function changesBetween(before: ShareAgreement, after: ShareAgreement): Change[] {
  const out: Change[] = [];
  if (before.title !== after.title) out.push({ kind: "title", from: before.title, to: after.title });
  if (before.effectiveFrom !== after.effectiveFrom)
    out.push({ kind: "effectiveFrom", from: before.effectiveFrom, to: after.effectiveFrom });
  if (ruleKey(before.attribution) !== ruleKey(after.attribution))
    out.push({ kind: "attribution", from: ruleKey(before.attribution), to: ruleKey(after.attribution) });
  const name = (p: PartyTerms) => p.name ?? p.partyId;
  for (const p of after.parties) {
    const old = before.parties.find((q) => q.partyId === p.partyId);
    if (!old) {
      out.push({ kind: "added", party: name(p) });
      continue;
    }
    for (const field of fields)
      if (old[field] !== p[field])
        out.push({ kind: "field", party: name(p), field, from: old[field], to: p[field] });
  }
  for (const p of before.parties)
    if (!after.parties.some((q) => q.partyId === p.partyId)) out.push({ kind: "removed", party: name(p) });
  return out;
}
