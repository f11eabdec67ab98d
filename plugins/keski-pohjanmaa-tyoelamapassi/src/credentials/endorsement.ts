/**
 * A company's endorsement of a badge class: an OB 3.0 EndorsementCredential whose subject is the
 * achievement (the badge class version's address), signed with the company's own key like a badge.
 */
import * as vc from "@digitalbazaar/vc";
import { isoSeconds } from "./badge.ts";
import { type DocumentLoader, OB_CONTEXT_URL, VC_V2_CONTEXT_URL } from "./loader.ts";
import { type Credential, verifyingSuite } from "./sign.ts";

export function buildEndorsement(input: {
  readonly id: string;
  readonly issuer: { readonly id: string; readonly name: string };
  readonly achievementId: string;
  readonly comment: string;
  readonly validFrom: Date;
}): Credential {
  return {
    "@context": [VC_V2_CONTEXT_URL, OB_CONTEXT_URL],
    id: input.id,
    type: ["VerifiableCredential", "EndorsementCredential"],
    issuer: { id: input.issuer.id, type: ["Profile"], name: input.issuer.name },
    validFrom: isoSeconds(input.validFrom),
    name: `${input.issuer.name}: ${input.comment.slice(0, 60)}`,
    credentialSubject: {
      id: input.achievementId,
      type: ["EndorsementSubject"],
      endorsementComment: input.comment,
    },
  };
}

/** Is the endorsement's proof intact and made with a key of its issuer? */
export async function endorsementVerified(credential: Credential, loader: DocumentLoader): Promise<boolean> {
  const result = await vc.verifyCredential({
    credential,
    suite: verifyingSuite(),
    documentLoader: loader,
    checkStatus: async () => ({ verified: true }),
  });
  return result.verified;
}
