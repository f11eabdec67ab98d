/**
 * The unsigned OpenBadgeCredential (Open Badges 3.0 on the VC Data Model 2.0) for one awarded badge. It
 * carries the badge class version's words as they were when it was issued, so a badge issued under
 * version 2 keeps version 2's criteria. The learner is named only by a salted hash of their name (an OB
 * IdentityObject): the credential holds no personal data in the open, yet whoever knows the name can check it.
 */
import { createHash, randomBytes } from "node:crypto";
import { OB_CONTEXT_URL, VC_V2_CONTEXT_URL } from "./loader.ts";

export interface IssuerProfile {
  /** The organisation's did:web. */
  readonly id: string;
  readonly name: string;
  readonly url?: string;
}

export interface AchievementVersion {
  /** The badge class version's public address (stable: one per version). */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly criteria: string;
  readonly version: string;
  /** The local working-life skills the badge stands for. */
  readonly tags: readonly string[];
  /** Its language (`fi`, `sv`, `en`), the one the words above are in. */
  readonly language: string;
}

export interface StatusEntry {
  /** The status list credential's address. */
  readonly listUrl: string;
  readonly index: number;
}

export interface BadgeInput {
  /** The credential's own id (a `urn:uuid:`). */
  readonly id: string;
  readonly issuer: IssuerProfile;
  readonly achievement: AchievementVersion;
  readonly learnerName: string;
  readonly validFrom: Date;
  readonly validUntil?: Date | undefined;
  readonly status: StatusEntry;
  /** For tests: the salt of the name's hash (random otherwise). */
  readonly salt?: string;
}

/** Seconds are enough, and the schema's date-time wants no milliseconds to be unusual. */
export const isoSeconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** `sha256$<hex>` of the name and salt, as the OB IdentityObject's `identityHash` has it. */
export const identityHash = (name: string, salt: string) =>
  `sha256$${createHash("sha256")
    .update(name.normalize("NFC") + salt, "utf8")
    .digest("hex")}`;

export function buildOpenBadge(input: BadgeInput): Record<string, unknown> {
  const salt = input.salt ?? randomBytes(16).toString("hex");
  const { achievement: a, issuer } = input;
  const issuerProfile = {
    id: issuer.id,
    type: ["Profile"],
    name: issuer.name,
    ...(issuer.url ? { url: issuer.url } : {}),
  };
  return {
    "@context": [VC_V2_CONTEXT_URL, OB_CONTEXT_URL],
    id: input.id,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    issuer: issuerProfile,
    validFrom: isoSeconds(input.validFrom),
    ...(input.validUntil ? { validUntil: isoSeconds(input.validUntil) } : {}),
    name: a.name,
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityType: "name",
          hashed: true,
          identityHash: identityHash(input.learnerName, salt),
          salt,
        },
      ],
      achievement: {
        id: a.id,
        type: ["Achievement"],
        achievementType: "Badge",
        name: a.name,
        description: a.description,
        criteria: { narrative: a.criteria },
        version: a.version,
        inLanguage: a.language,
        ...(a.tags.length > 0 ? { tag: [...a.tags] } : {}),
        creator: issuerProfile,
      },
    },
    credentialStatus: {
      id: `${input.status.listUrl}#${input.status.index}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(input.status.index),
      statusListCredential: input.status.listUrl,
    },
  };
}
