import { createHash, randomBytes } from "node:crypto";

/** A link's token: 32 random bytes, URL-safe. Only its hash is stored, so the table gives no working link. */
export const newToken = () => randomBytes(32).toString("base64url");
export const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
/** What a token looks like; anything else is refused before the database is asked. */
export const isTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

/** The link's path under the host (the email puts the portal's public address before it). */
export const feedbackPath = (token: string) => `/public/kaikkien-jatkopolku/palaute/${token}`;
