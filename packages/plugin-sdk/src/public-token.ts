/**
 * Tokens for links that work without an account (calendar feeds, feedback links, shared passports).
 * The token lives only in the link; the database keeps its SHA-256, so reading the table gives no working
 * link. One shape for every plugin: 32 random bytes, URL-safe base64 (43 characters).
 */
import { createHash, randomBytes } from "node:crypto";

export const newPublicToken = (): string => randomBytes(32).toString("base64url");

/** What the database stores and looks the token up by. */
export const publicTokenHash = (token: string): string =>
  createHash("sha256").update(token, "utf8").digest("hex");

/**
 * Whether a value from a URL could be a token, so anything else is refused before the database is asked.
 * `legacyLengths` admits tokens a plugin handed out before it used {@link newPublicToken}.
 */
export const isPublicTokenShaped = (value: string, legacyLengths: readonly number[] = []): boolean =>
  /^[A-Za-z0-9_-]+$/.test(value) && (value.length === 43 || legacyLengths.includes(value.length));
