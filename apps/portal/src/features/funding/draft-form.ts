/**
 * The draft form's state as the API's terms, and the checks the browser can make before sending (the
 * server checks the same with the domain's decoder). Errors are keyed by the API's field path
 * ("terms.parties.0.percentage"), so the server's complaints land on the same fields; both are worded
 * here in the person's language, by the kind of field, never in the server's English.
 */
import type { ShareAgreement } from "@polku/domain/funding";
import type { MessageKey } from "./messages.ts";

export interface PartyDraft {
  organisationId: string;
  percentage: string;
  cap: string;
  floor: string;
  minContribution: string;
}

export interface Draft {
  title: string;
  effectiveFrom: string;
  rule: "weighted-hours" | "weighted-steps" | "last";
  parties: PartyDraft[];
}

export const emptyParty = (): PartyDraft => ({
  organisationId: "",
  percentage: "",
  cap: "",
  floor: "",
  minContribution: "",
});

export const draftOf = (terms: ShareAgreement | undefined, today: string): Draft => ({
  title: terms?.title ?? "",
  effectiveFrom: terms?.effectiveFrom ?? today,
  rule:
    terms?.attribution.rule === "last"
      ? "last"
      : terms?.attribution.rule === "weighted" && terms.attribution.measure === "steps"
        ? "weighted-steps"
        : "weighted-hours",
  parties: (terms?.parties ?? []).map((p) => ({
    organisationId: p.partyId,
    percentage: String(p.percentage),
    cap: p.capEuros === undefined ? "" : String(p.capEuros),
    floor: p.floorEuros === undefined ? "" : String(p.floorEuros),
    minContribution: p.minContribution === undefined ? "" : String(p.minContribution * 100),
  })),
});

/** "1 234,5" or "1234.5" as 1234.5; "" as undefined; anything else as NaN. */
export const parseAmount = (text: string): number | undefined => {
  const t = text.replace(/\s/g, "").replace(",", ".");
  if (t === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
};

export const roleOfKind = (kind: string) =>
  kind === "workshop" ? "workshop" : kind === "company" ? "company" : "partner";

export function termsOf(d: Draft, kinds: ReadonlyMap<string, string>) {
  const attribution =
    d.rule === "last"
      ? { rule: "last", windowDays: 365 }
      : { rule: "weighted", measure: d.rule === "weighted-steps" ? "steps" : "hours" };
  return {
    title: d.title.trim(),
    effectiveFrom: d.effectiveFrom,
    attribution,
    parties: d.parties.map((p) => {
      const cap = parseAmount(p.cap);
      const floor = parseAmount(p.floor);
      const min = parseAmount(p.minContribution);
      return {
        partyId: p.organisationId,
        role: roleOfKind(kinds.get(p.organisationId) ?? ""),
        percentage: parseAmount(p.percentage) ?? Number.NaN,
        ...(cap !== undefined ? { capEuros: cap } : {}),
        ...(floor !== undefined ? { floorEuros: floor } : {}),
        ...(min !== undefined ? { minContribution: min / 100 } : {}),
      };
    }),
  };
}

/** The browser's own checks, by field path, as message keys. */
export function checkDraft(d: Draft): Record<string, MessageKey> {
  const out: Record<string, MessageKey> = {};
  if (d.title.trim() === "") out["terms.title"] = "error.name";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.effectiveFrom)) out["terms.effectiveFrom"] = "error.date";
  if (d.parties.length === 0) out["terms.parties"] = "error.noParties";
  const seen = new Set<string>();
  d.parties.forEach((p, i) => {
    const at = (f: string) => `terms.parties.${i}.${f}`;
    if (p.organisationId === "") out[at("partyId")] = "error.party";
    else if (seen.has(p.organisationId)) out[at("partyId")] = "error.partyTwice";
    seen.add(p.organisationId);
    const pct = parseAmount(p.percentage);
    if (pct === undefined || Number.isNaN(pct) || pct < 0 || pct > 100)
      out[at("percentage")] = "error.percentage";
    const cap = parseAmount(p.cap);
    const floor = parseAmount(p.floor);
    if (cap !== undefined && (Number.isNaN(cap) || cap < 0)) out[at("capEuros")] = "error.euros";
    if (floor !== undefined && (Number.isNaN(floor) || floor < 0)) out[at("floorEuros")] = "error.euros";
    else if (floor !== undefined && cap !== undefined && floor > cap)
      out[at("floorEuros")] = "error.floorAboveCap";
    const min = parseAmount(p.minContribution);
    if (min !== undefined && (Number.isNaN(min) || min < 0 || min > 100))
      out[at("minContribution")] = "error.fraction";
  });
  return out;
}

/** A server complaint about a field, worded by the field's kind. */
export function messageForPath(path: string): MessageKey | undefined {
  const last = path.split(".").at(-1) ?? "";
  const byField: Record<string, MessageKey> = {
    percentage: "error.percentage",
    capEuros: "error.euros",
    floorEuros: "error.floorAboveCap",
    minContribution: "error.fraction",
    partyId: "error.party",
    role: "error.role",
    effectiveFrom: "error.date",
    title: "error.name",
    parties: "error.noParties",
  };
  return byField[last];
}
