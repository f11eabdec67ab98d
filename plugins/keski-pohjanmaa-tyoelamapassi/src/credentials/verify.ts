/**
 * Verifying a badge, check by check, each with its reason in words (fi/sv/en): the 1EdTech schema, the
 * signature and issuer (the libraries' Data Integrity verification: the proof's key must be one the
 * issuer's DID document lists for assertions), the validity dates, and the revocation bit. The status
 * library answers `verified: true` for a revoked badge and says so only in the bit, so a set bit is
 * turned into a failure here.
 */

import * as vc from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { type DocumentLoader, DocumentNotHeld } from "./loader.ts";
import { looksLikeBadge, schemaProblemPaths } from "./schema.ts";
import { type Credential, verifyingSuite } from "./sign.ts";
import { type Words, words } from "./words.ts";

export type CheckName = "schema" | "signature" | "dates" | "status";

export interface Check {
  readonly check: CheckName;
  readonly ok: boolean;
  readonly reason: Words;
}

export interface Verification {
  readonly verified: boolean;
  readonly checks: readonly Check[];
  /** What a person reads first: the first failed check's reason, or that all is well. */
  readonly summary: Words;
}

const dateOf = (value: unknown) => (typeof value === "string" ? new Date(value) : undefined);

function datesCheck(credential: Credential, now: Date): Check {
  const from = dateOf(credential.validFrom);
  const until = dateOf(credential.validUntil);
  if (!from || Number.isNaN(from.getTime()))
    return { check: "dates", ok: false, reason: words.noValidFrom() };
  if (from > now) return { check: "dates", ok: false, reason: words.notYetValid(from) };
  if (until && !Number.isNaN(until.getTime()) && until < now) {
    return { check: "dates", ok: false, reason: words.expired(until) };
  }
  return { check: "dates", ok: true, reason: words.datesOk(from, until) };
}

const messagesOf = (error: unknown): string[] => {
  const e = error as { message?: string; errors?: unknown[]; cause?: unknown } | undefined;
  if (!e) return [];
  return [e.message ?? "", ...(e.errors ?? []).flatMap(messagesOf), ...(e.cause ? messagesOf(e.cause) : [])];
};
const notHeld = (error: unknown): boolean => {
  const e = error as { name?: string; errors?: unknown[]; cause?: unknown } | undefined;
  if (!e) return false;
  return (
    e instanceof DocumentNotHeld ||
    e.name === "DocumentNotHeld" ||
    [...(e.errors ?? []), e.cause].some(notHeld)
  );
};

async function signatureCheck(credential: Credential, loader: DocumentLoader, now: Date): Promise<Check> {
  const from = dateOf(credential.validFrom);
  // The dates are judged above, in words; the library is asked only about the proof and the issuer,
  // at an instant inside the validity period, so an expired badge's signature is still reported on.
  const at = from && !Number.isNaN(from.getTime()) && from > now ? from : now;
  const until = dateOf(credential.validUntil);
  const instant = until && until < at ? until : at;
  const result = await vc.verifyCredential({
    credential,
    suite: verifyingSuite(),
    documentLoader: loader,
    now: instant,
    // The status is its own check below.
    checkStatus: async () => ({ verified: true }),
  });
  if (result.verified) return { check: "signature", ok: true, reason: words.signatureOk() };
  const all = [result.error, ...(result.results ?? []).map((r) => r.error)];
  if (all.some(notHeld)) return { check: "signature", ok: false, reason: words.unknownIssuer() };
  const text = all.flatMap(messagesOf).join(" ");
  if (/controller|authorized|assertionMethod|issuer/i.test(text)) {
    return { check: "signature", ok: false, reason: words.wrongIssuer() };
  }
  return { check: "signature", ok: false, reason: words.badSignature() };
}

async function statusCheck(credential: Credential, loader: DocumentLoader): Promise<Check> {
  if (!credential.credentialStatus) return { check: "status", ok: false, reason: words.noStatus() };
  const result = await checkStatus({
    credential,
    documentLoader: loader,
    suite: verifyingSuite(),
    verifyBitstringStatusListCredential: true,
    verifyMatchingIssuers: true,
  });
  if (!result.verified) {
    return {
      check: "status",
      ok: false,
      reason: notHeld(result.error) ? words.listUnknown() : words.listInvalid(),
    };
  }
  if ((result.results ?? []).some((r) => r.status === true)) {
    return { check: "status", ok: false, reason: words.revoked() };
  }
  return { check: "status", ok: true, reason: words.notRevoked() };
}

export async function verifyBadge(
  input: unknown,
  loader: DocumentLoader,
  now: Date = new Date(),
): Promise<Verification> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const reason = words.notACredential();
    return { verified: false, checks: [{ check: "schema", ok: false, reason }], summary: reason };
  }
  const credential = input as Credential;
  const problems = schemaProblemPaths(credential);
  // A file that is no badge at all gets no signature or issuer verdict: those would only mislead.
  if (problems.length > 0 && !looksLikeBadge(credential as unknown as Record<string, unknown>)) {
    const reason = words.notABadge();
    return { verified: false, checks: [{ check: "schema", ok: false, reason }], summary: reason };
  }
  const schema: Check =
    problems.length === 0
      ? { check: "schema", ok: true, reason: words.schemaOk() }
      : { check: "schema", ok: false, reason: words.schemaBroken(problems.slice(0, 3).join(", ")) };
  const checks: Check[] = [schema, datesCheck(credential, now)];
  checks.push(await signatureCheck(credential, loader, now).catch(() => failed("signature")));
  checks.push(await statusCheck(credential, loader).catch(() => failed("status")));
  const failure = checks.find((c) => !c.ok);
  return { verified: !failure, checks, summary: failure ? failure.reason : words.allOk() };
}

const failed = (check: CheckName): Check => ({
  check,
  ok: false,
  reason: check === "signature" ? words.badSignature() : words.listInvalid(),
});
