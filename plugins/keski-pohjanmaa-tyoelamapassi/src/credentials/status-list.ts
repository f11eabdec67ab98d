/**
 * Revocation by a W3C Bitstring Status List: each issued badge takes an index in its issuer's list, and
 * revoking sets that bit. The list is itself a credential, signed by the issuer (verifiers check that
 * the list's issuer is the badge's), re-signed on each change and served by the deployment.
 */
import { BitstringStatusList, createCredential, decodeList } from "@digitalbazaar/vc-bitstring-status-list";
import { isoSeconds } from "./badge.ts";

/** The specification's minimum (16 KiB of bits), so that one badge's bit hides among many. */
export const STATUS_LIST_LENGTH = 131_072;

export async function statusListCredential(options: {
  readonly listUrl: string;
  readonly issuerDid: string;
  readonly revoked: readonly number[];
  readonly validFrom: Date;
}): Promise<Record<string, unknown>> {
  const list = new BitstringStatusList({ length: STATUS_LIST_LENGTH });
  for (const index of options.revoked) {
    if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_LENGTH) {
      throw new Error(`Status index ${index} is outside the list.`);
    }
    list.setStatus(index, true);
  }
  const credential = await createCredential({ id: options.listUrl, list, statusPurpose: "revocation" });
  return { ...credential, issuer: options.issuerDid, validFrom: isoSeconds(options.validFrom) };
}

/** Whether `index` is set in a list credential's encoded list (for the independent check in tests). */
export async function isSet(listCredential: Record<string, unknown>, index: number): Promise<boolean> {
  const subject = listCredential.credentialSubject as { encodedList: string };
  return (await decodeList({ encodedList: subject.encodedList })).getStatus(index);
}
