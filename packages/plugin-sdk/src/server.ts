/**
 * The server entry of the SDK: `definePlugin()` and everything a plugin's router is built from. The
 * procedures are the core's own, so authorization, CSRF and audit apply to plugins exactly as to the core.
 */
import type { Database } from "@polku/db";
import type { StepKind } from "@polku/domain";
import type { AnyEvent, AnySubscription, AnyTemplate, ErrorTranslations } from "@polku/trpc";
import type { AnyRouter } from "@trpc/server";
import type { ScheduledJob } from "./jobs.ts";
import type { PluginManifest } from "./manifest.ts";
import type { PublicRoute } from "./public-routes.ts";
import type { Settings, SettingsValues } from "./settings.ts";

export type {
  Actor,
  AuditEntry,
  ErrorTranslations,
  EventContext,
  EventDefinition,
  Logger,
  NewNotification,
  NotificationLocale,
  NotificationTemplate,
  Notifier,
  PayloadOf,
  RenderedNotification,
  SavedMark,
  Subscription,
} from "@polku/trpc";
export {
  badInput,
  coreEvents,
  DEFAULT_GRANT_MONTHS,
  defineEvent,
  defineTemplate,
  findStudent,
  grantAccess,
  Id,
  input,
  LocalDateInput,
  MAX_PAGE_SIZE,
  MultiLineText,
  Note,
  notFound,
  on,
  PageLimit,
  PageOffset,
  procedure,
  recordOutcome,
  recordStep,
  revokeGrant,
  router,
  runDomain,
  SingleLineText,
  StudentRef,
} from "@polku/trpc";
export { TRPCError } from "@trpc/server";
export { type JobContext, type JobInterval, type ScheduledJob, schedule } from "./jobs.ts";
export { defineManifest, type PluginManifest } from "./manifest.ts";
export {
  type PublicAuditEntry,
  type PublicRequest,
  type PublicResponse,
  type PublicRoute,
  type PublicRouteContext,
  publicRoute,
} from "./public-routes.ts";
export { defineSettings, type Setting, type Settings, type SettingsValues } from "./settings.ts";

export interface PluginSeedContext {
  /** The owner connection: demo seeding runs before any user exists, bypassing row-level security. */
  readonly db: Database;
}

// biome-ignore lint/suspicious/noExplicitAny: a deployment holds plugins of any settings.
export interface ServerPlugin<R extends AnyRouter = AnyRouter, S extends Settings = any> {
  readonly manifest: PluginManifest;
  /**
   * What the deployment may tell the plugin (a mail server, an interval): the host reads each from the
   * deployment file or the environment and checks it before start-up goes on.
   */
  readonly settings?: S;
  /**
   * Called once at start-up with the plugin's checked settings, before anything is served, for what its
   * procedures and public routes need (a key from configuration): only jobs are handed settings otherwise.
   */
  readonly configure?: (settings: SettingsValues<S>) => void;
  /** Pathway step kinds the plugin adds to the deployment's registry. */
  readonly stepKinds?: readonly StepKind[];
  /** Mounted at `plugins.<id>`; built only from the SDK's `procedure`. */
  readonly router?: R;
  /** The plugin's own migrations (drizzle-kit output), tracked in its own migrations table. */
  readonly migrationsFolder?: string;
  /** Demo data for the demo deployment; must be idempotent (it runs on every start). */
  readonly seed?: (context: PluginSeedContext) => Promise<void>;
  /**
   * The events the plugin emits (from its procedures, with `ctx.emit`), for other plugins to subscribe
   * to; each is named `<plugin id>.<what>`.
   */
  readonly events?: readonly AnyEvent[];
  /**
   * What the plugin does when the core or another plugin emits an event (`on(coreEvents.grantRevoked,
   * ...)`): it runs in the emitting transaction as the acting person, and a failure rolls it all back.
   */
  readonly subscriptions?: readonly AnySubscription[];
  /**
   * How the plugin's notifications read (`defineTemplate("<plugin id>.<what>", schema, render)`), in
   * fi/sv/en: it records them with `ctx.notifications.notify(...)` and the core delivers them.
   */
  readonly notificationTemplates?: readonly AnyTemplate[];
  /** Plain HTTP routes that need no session, under `/public/<id>`; each listed in the manifest. */
  readonly publicRoutes?: readonly PublicRoute[];
  /**
   * Work on a clock (`schedule({ id, every | at, run })`): each occurrence runs once across every API
   * process on the database, in a transaction under the plugin's job role (its own tables only).
   */
  readonly jobs?: readonly ScheduledJob<SettingsValues<S>>[];
  /**
   * The plugin's failure messages in Finnish and Swedish, keyed by the English it raises them in;
   * the host says each in the request's language. `untranslatedMessages` from the testing entry
   * finds one left out.
   */
  readonly errorTranslations?: ErrorTranslations;
}

/** Typed identity: the host validates the manifest and the parts at start-up. */
export const definePlugin = <R extends AnyRouter, const S extends Settings = Record<never, never>>(
  plugin: ServerPlugin<R, S>,
): ServerPlugin<R, S> => plugin;
