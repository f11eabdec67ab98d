/**
 * Consent grants: a student (or a minor's guardian) lets another organisation see a defined part of
 * their data for a time. A grant is active from `validFrom` (inclusive) until `validUntil` (exclusive),
 * and stops at the moment it is revoked.
 */
import { Schema } from "effect";
import { IsoInstant } from "./dates.ts";
import { Uuid } from "./uuid.ts";
import { grantScopes } from "./vocabulary.ts";

export { grantScopes };

export const GrantScope = Schema.Literals(grantScopes);
export type GrantScope = typeof GrantScope.Type;

export const Grant = Schema.Struct({
  id: Uuid,
  studentId: Uuid,
  /** The organisation that may see the data. */
  granteeOrganisationId: Uuid,
  scope: GrantScope,
  validFrom: IsoInstant,
  validUntil: IsoInstant,
  revokedAt: Schema.optional(IsoInstant),
}).check(
  Schema.makeFilter((g) =>
    Date.parse(g.validUntil) <= Date.parse(g.validFrom)
      ? { path: ["validUntil"], issue: "A grant must end after it starts." }
      : undefined,
  ),
);
export type Grant = typeof Grant.Type;

type Instant = Date | string;

export interface GrantPeriod {
  readonly validFrom: Instant;
  readonly validUntil: Instant;
  readonly revokedAt?: Instant | null | undefined;
}

const millis = (t: Instant): number => (typeof t === "string" ? Date.parse(t) : t.getTime());

/** valid_from <= now < valid_until, and not revoked at or before `now`. Accepts Dates or ISO strings. */
export const isGrantActive = (grant: GrantPeriod, now: Instant): boolean => {
  const t = millis(now);
  if (Number.isNaN(t)) return false;
  if (!(millis(grant.validFrom) <= t && t < millis(grant.validUntil))) return false;
  return grant.revokedAt === undefined || grant.revokedAt === null || t < millis(grant.revokedAt);
};
