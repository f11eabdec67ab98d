export type { AuditEntry } from "./audit.ts";
export { type Accounts, createAccounts } from "./auth/accounts.ts";
export { hashPassword } from "./auth/password.ts";
export { loginLimits, pruneLoginAttempts } from "./auth/rate-limit.ts";
export type { Actor } from "./auth/sessions.ts";
export { CSRF_HEADER, pruneSessions, SESSION_COOKIE, sha256 } from "./auth/sessions.ts";
export type { Context, Logger, Services, Transport } from "./context.ts";
export { coreEventList, coreEvents } from "./core-events.ts";
export { runDomain } from "./domain.ts";
export { notFound } from "./errors.ts";
export {
  type AnyEvent,
  type AnySubscription,
  defineEvent,
  type EventBus,
  type EventContext,
  type EventDefinition,
  MAX_EVENT_DEPTH,
  makeEventBus,
  on,
  type PayloadOf,
  type Subscriber,
  type Subscription,
} from "./events.ts";
export { DEFAULT_GRANT_MONTHS, grantAccess, type NewGrant, revokeGrant } from "./grant-writes.ts";
export { coreErrorTranslations } from "./i18n/core-translations.ts";
export {
  type ErrorLocale,
  type ErrorTextTranslator,
  type ErrorTranslations,
  fallbackSentence,
  makeErrorTranslator,
  requestLocale,
} from "./i18n/error-text.ts";
export {
  createCallerFactory,
  DEFAULT_MAX_INPUT_BYTES,
  MAX_BATCH_SIZE,
  type ProcedureMeta,
  procedure,
  router,
} from "./init.ts";
export {
  type AnyTemplate,
  asNotificationLocale,
  defineTemplate,
  makeNotificationTemplates,
  type NewNotification,
  type NotificationChannel,
  type NotificationLocale,
  type NotificationTemplate,
  type NotificationTemplates,
  type Notifier,
  notificationLocales,
  type RenderedNotification,
} from "./notifications.ts";
export {
  type NewOutcome,
  type NewStep,
  recordOutcome,
  recordStep,
  type ScopedContext,
  type StudentKey,
} from "./pathway-writes.ts";
export * from "./permissions.ts";
export { badInput, type SavedMark } from "./routers/attendance-writes.ts";
export { type AppRouter, composeRouter, coreRouters } from "./routers/index.ts";
export { findStudent } from "./routers/student-lookup.ts";
export * from "./schemas.ts";
export { EFFECT_SCHEMA, effectSchemaOf, input } from "./validation.ts";
