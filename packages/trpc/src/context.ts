import type { Database } from "@polku/db";
import type { StepKindRegistry } from "@polku/domain";
import type { Accounts } from "./auth/accounts.ts";
import type { Actor } from "./auth/sessions.ts";
import type { EventBus } from "./events.ts";
import type { ErrorTextTranslator } from "./i18n/error-text.ts";
import type { NotificationTemplates } from "./notifications.ts";
import type { Authority } from "./permissions.ts";

/** What the HTTP host gives each request; the API implements it over Fastify. */
export interface Transport {
  readonly ip: string | null;
  header(name: string): string | undefined;
  cookie(name: string): string | undefined;
  setCookie(name: string, value: string, options: { httpOnly: boolean; maxAgeSeconds: number }): void;
  clearCookie(name: string): void;
}

/** Structured logger; callers pass no personal data (ids of rows are fine, names and OIDs are not). */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Built once per deployment at start-up and shared by every request. */
export interface Services {
  /** The request connection (on PostgreSQL a login role that is only a member of polku_app). */
  readonly db: Database;
  /** Logging in, on the owner's connection: the only way anything reads a password hash. */
  readonly accounts: Accounts;
  readonly authority: Authority;
  readonly stepKinds: StepKindRegistry;
  readonly log: Logger;
  /** The deployment's events: subscribers run inside the emitting request's transaction. */
  readonly events: EventBus;
  /** The deployment's notification templates, and a notifier per source and transaction. */
  readonly notifications: NotificationTemplates;
  /** Says a failure's message in the request's language: the core's translations and the plugins'. */
  readonly errorText: ErrorTextTranslator;
}

export interface Context {
  readonly services: Services;
  readonly transport: Transport;
  /** SHA-256 of the session cookie's token; null without a cookie. */
  readonly sessionTokenHash: string | null;
  /** Null when the request carries no live session; resolved in the procedure's own transaction. */
  readonly actor: Actor | null;
}
