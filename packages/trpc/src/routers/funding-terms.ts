/**
 * A proposed version's terms: decoded by the domain's decoder (every bad field named), with the
 * agreement's id, version and provider set by the server (a client cannot propose for another provider
 * or rewrite a version), and each party checked against the region's organisations.
 */
import type { Database } from "@polku/db";
import { type DecodeProblem, InvalidShareAgreement } from "@polku/domain";
import { decodeShareAgreement, type ShareAgreement } from "@polku/domain/funding";
import { Effect, Result } from "effect";
import { organisationsById } from "./funding-data.ts";

/** Which organisations may take each role of an agreement. */
const kindsForRole: Record<string, readonly string[]> = {
  workshop: ["workshop"],
  company: ["company"],
  mentor: ["company", "partner"],
  partner: ["partner", "higher_education", "workshop", "company"],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The failure carries `issues` (path and message per problem) as input validation's do, so the portal
 * shows each next to its field, and its own `problems` as the domain words them.
 */
const failure = (problems: DecodeProblem[]) =>
  Object.assign(new InvalidShareAgreement({ problems }), {
    issues: problems.map((p) => ({
      path: ["terms", ...p.path.split(/[.[\]]+/).filter(Boolean)],
      message: p.message,
    })),
  });

export async function decodeProposal(
  tx: Database,
  raw: unknown,
  fixed: { id: string; version: number; providerId: string },
): Promise<ShareAgreement> {
  const base = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? raw : {};
  const decoded = Effect.runSync(Effect.result(decodeShareAgreement({ ...base, ...fixed })));
  if (Result.isFailure(decoded)) throw failure([...decoded.failure.problems]);
  const terms = decoded.success;
  const problems: DecodeProblem[] = [];
  const ids = terms.parties.map((p) => p.partyId).filter((id) => UUID.test(id));
  const found = new Map((await organisationsById(tx, ids)).map((o) => [o.id, o]));
  terms.parties.forEach((p, i) => {
    const org = found.get(p.partyId);
    if (p.partyId === fixed.providerId || p.role === "provider")
      problems.push({
        path: `parties[${i}].role`,
        kind: "invalid",
        message: "The provider is not a party of its own agreement: name the partners only.",
      });
    else if (!org)
      problems.push({
        path: `parties[${i}].partyId`,
        kind: "invalid",
        message: "No organisation of the region has this id: choose the party from the list.",
      });
    else if (!(kindsForRole[p.role] ?? []).includes(org.kind))
      problems.push({
        path: `parties[${i}].role`,
        kind: "invalid",
        message: `${org.name} is not the kind of organisation this role is for: choose another organisation or another role.`,
      });
  });
  if (problems.length > 0) throw failure(problems);
  // Parties carry their organisation's name, so a statement or a file made from the terms reads well.
  return {
    ...terms,
    parties: terms.parties.map((p) => ({ ...p, name: p.name ?? found.get(p.partyId)?.name ?? p.partyId })),
  };
}
