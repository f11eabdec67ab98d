import { type Database, rowsOf } from "@polku/db";
import { sql } from "drizzle-orm";
import { Schema } from "effect";

export const notificationLocales = ["fi", "sv", "en"] as const;
export type NotificationLocale = (typeof notificationLocales)[number];

/** What a template makes of a notification's data, in one language. */
export interface RenderedNotification {
  readonly subject: string;
  /** Plain text, lines separated by "\n"; the email adds its link and footer, the inbox shows it as is. */
  readonly body: string;
  /** The portal page where the recipient acts on it (e.g. `/p/my-plugin/notices`), if any. */
  readonly path?: string;
}

/**
 * How one kind of notification reads, in Finnish, Swedish and English: named `<owner>.<what>` like an
 * event, with the schema its data is checked against when it is recorded (and again when it is shown).
 */
export interface NotificationTemplate<D = unknown> {
  readonly name: string;
  readonly owner: string;
  readonly data: Schema.Decoder<D>;
  render(data: D, locale: NotificationLocale): RenderedNotification;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds templates of any data.
export type AnyTemplate = NotificationTemplate<any>;

const TEMPLATE_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-zA-Z0-9]*)+$/;

export function defineTemplate<D>(
  name: string,
  data: Schema.Decoder<D>,
  render: (data: D, locale: NotificationLocale) => RenderedNotification,
): NotificationTemplate<D> {
  if (!TEMPLATE_NAME.test(name)) {
    throw new Error(`Template name "${name}" must be "<owner>.<what>", e.g. "my-plugin.reminder".`);
  }
  return { name, owner: name.slice(0, name.indexOf(".")), data, render };
}

export type NotificationChannel = "email" | "inbox";

export interface NewNotification<D> {
  /** The provider whose staff member records it (the acting one's own). */
  readonly providerId: string;
  /** The source's own idempotency key: recording the same key again replaces it while it waits. */
  readonly key: string;
  /** A person (their inbox, and their email unless `email` is given), or only an address. */
  readonly to: { readonly personId?: string | null; readonly email?: string | null };
  readonly template: NotificationTemplate<D>;
  readonly data: D;
  /** Both by default; the inbox needs a person. */
  readonly channels?: readonly NotificationChannel[];
  /** When it shows in the inbox and goes by email; now by default. */
  readonly deliverAt?: Date;
  /** The students whose data it discloses: each gets an `export` entry when it goes out by email. */
  readonly aboutStudents?: readonly string[];
}

/** Recording and withdrawing notifications inside the caller's transaction, as its source. */
export interface Notifier {
  /** Its id; null when the notification with this key has already gone out (it is not sent again). */
  notify<D>(notification: NewNotification<D>): Promise<string | null>;
  /** Withdraws one that has not gone out; true if one was waiting. */
  cancel(providerId: string, key: string): Promise<boolean>;
}

/** The deployment's templates: the core's and every plugin's. */
export interface NotificationTemplates {
  readonly templates: ReadonlyMap<string, AnyTemplate>;
  /** A notifier for one source (`core` or a plugin id) in one transaction. */
  notifierFor(tx: Database, source: string): Notifier;
  /** Renders a stored notification; null when its template or data no longer fit (a removed plugin). */
  render(template: string, data: unknown, locale: NotificationLocale): RenderedNotification | null;
}

export function makeNotificationTemplates(list: readonly AnyTemplate[]): NotificationTemplates {
  const templates = new Map<string, AnyTemplate>();
  for (const template of list) {
    if (templates.has(template.name)) throw new Error(`Template "${template.name}" is defined twice.`);
    templates.set(template.name, template);
  }
  const decoders = new Map(list.map((t) => [t.name, Schema.decodeUnknownSync(t.data)] as const));

  const notifierFor = (tx: Database, source: string): Notifier => ({
    async notify(notification) {
      const { template } = notification;
      if (templates.get(template.name) !== template) {
        throw new Error(`Template "${template.name}" is not one of this deployment's.`);
      }
      if (template.owner !== source) {
        throw new Error(`"${source}" used template "${template.name}": only "${template.owner}" does.`);
      }
      const data = decoders.get(template.name)!(notification.data);
      const channels = notification.channels ?? ["email", "inbox"];
      // Lists travel as JSON and become arrays in SQL: no array literal is spliced from a caller's strings.
      const rows = rowsOf<{ id: string | null }>(
        await tx.execute(sql`select polku.notify(${notification.providerId}::uuid, ${source}, ${notification.key},
          ${notification.to.personId ?? null}::uuid, ${notification.to.email ?? null}, ${template.name},
          ${JSON.stringify(data)}::jsonb,
          array(select jsonb_array_elements_text(${JSON.stringify(channels)}::jsonb)),
          ${notification.deliverAt?.toISOString() ?? null}::timestamptz,
          array(select jsonb_array_elements_text(${JSON.stringify(notification.aboutStudents ?? [])}::jsonb)::uuid)) as id`),
      );
      return rows[0]?.id ?? null;
    },
    async cancel(providerId, key) {
      const rows = rowsOf<{ cancelled: boolean }>(
        await tx.execute(
          sql`select polku.cancel_notification(${providerId}::uuid, ${source}, ${key}) as cancelled`,
        ),
      );
      return rows[0]?.cancelled === true;
    },
  });

  const render = (name: string, data: unknown, locale: NotificationLocale) => {
    const template = templates.get(name);
    if (!template) return null;
    try {
      return template.render(decoders.get(name)!(data), locale);
    } catch {
      return null;
    }
  };

  return { templates, notifierFor, render };
}

export const asNotificationLocale = (locale: string | null | undefined): NotificationLocale =>
  (notificationLocales as readonly string[]).includes(locale ?? "") ? (locale as NotificationLocale) : "fi";
