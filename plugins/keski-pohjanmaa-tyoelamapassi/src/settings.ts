import { defineSettings } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

/**
 * What a deployment tells the passport: the key that seals the organisations' signing keys, and the
 * public address its issuers' did:web identifiers and status lists live under.
 */
export const passportSettings = defineSettings({
  keySecret: {
    env: "POLKU_TYOELAMAPASSI_KEY_SECRET",
    description:
      "the key that encrypts the organisations' badge-signing keys: 32 random bytes in base64 (openssl rand -base64 32)",
    schema: Schema.String.check(
      Schema.isPattern(/^[A-Za-z0-9+/]{43}=$/, {
        message: "Give 32 bytes in base64 (44 characters ending in =).",
      }),
    ),
  },
  publicUrl: {
    env: "POLKU_TYOELAMAPASSI_PUBLIC_URL",
    description:
      "the deployment's public address, under which the issuers' DID documents and status lists are served",
    schema: Schema.String.check(
      Schema.isPattern(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, {
        message: "Give an http:// or https:// address here.",
      }),
    ),
    default: "http://localhost:3000",
  },
});
