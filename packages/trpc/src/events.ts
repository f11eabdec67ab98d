import type { Database } from "@polku/db";
import { Schema } from "effect";
import type { AuditEntry } from "./audit.ts";
import type { Actor } from "./auth/sessions.ts";
import type { Notifier } from "./notifications.ts";

/**
 * A typed event: what happened, named `<owner>.<what>` where the owner is `core` or the id of the one
 * plugin that may emit it, and the schema its payload is checked against when it is emitted.
 */
export interface EventDefinition<P = unknown> {
  readonly name: string;
  readonly owner: string;
  readonly payload: Schema.Decoder<P>;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of events holds payloads of any type.
export type AnyEvent = EventDefinition<any>;
export type PayloadOf<E> = E extends EventDefinition<infer P> ? P : never;

const EVENT_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-zA-Z0-9]*)+$/;

export function defineEvent<P>(name: string, payload: Schema.Decoder<P>): EventDefinition<P> {
  if (!EVENT_NAME.test(name)) {
    throw new Error(
      `Event name "${name}" must be "<owner>.<what>", e.g. "my-plugin.badgeIssued": lower-case owner, camelCase parts.`,
    );
  }
  return { name, owner: name.slice(0, name.indexOf(".")), payload };
}

/** What a subscriber works with: the emitting request's transaction, as its acting person. */
export interface EventContext {
  readonly tx: Database;
  readonly actor: Actor;
  /** Writes audit entries in the same transaction, for the procedure that caused the event. */
  audit(entries: readonly AuditEntry[]): Promise<void>;
  /** Emits one of the subscriber's own plugin's events (a cascade; bounded in depth). */
  emit<P>(event: EventDefinition<P>, payload: P): Promise<void>;
  /** Records notifications as the subscriber's plugin, in the same transaction. */
  readonly notifications: Notifier;
}

/** The part of a procedure's context an event needs: events are emitted only by someone acting. */
export interface EmitContext {
  readonly tx: Database;
  readonly actor: Actor | null;
  audit(entries: readonly AuditEntry[]): Promise<void>;
}

export interface Subscription<P = unknown> {
  readonly event: EventDefinition<P>;
  readonly handle: (ctx: EventContext, payload: P) => Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: a list of subscriptions holds payloads of any type.
export type AnySubscription = Subscription<any>;

/** A subscription, typed by its event: `on(coreEvents.grantRevoked, async (ctx, grant) => ...)`. */
export const on = <P>(
  event: EventDefinition<P>,
  handle: (ctx: EventContext, payload: P) => Promise<void>,
): Subscription<P> => ({ event, handle });

export interface EventBus {
  /** The events of the deployment, by name: the core's and every plugin's. */
  readonly events: ReadonlyMap<string, AnyEvent>;
  /** Who subscribes to an event, in the order they run. */
  subscribersOf(name: string): readonly string[];
  /**
   * Runs every subscriber of the event, in deployment order, in the emitter's transaction; the first
   * failure fails the emit (and so rolls the whole change back). `emitter` is `core` or a plugin id:
   * only an event's owner emits it.
   */
  emit<P>(ctx: EmitContext, emitter: string, event: EventDefinition<P>, payload: P): Promise<void>;
}

/** Subscribers may emit in turn; a cycle between plugins must end in an error, not a hung request. */
export const MAX_EVENT_DEPTH = 8;

/** One plugin's (or the core's) subscriptions, tagged with who subscribes. */
export interface Subscriber {
  readonly id: string;
  readonly subscriptions: readonly AnySubscription[];
}

/**
 * The deployment's events and who listens to them. Refuses (naming it) an event defined twice and a
 * subscription to an event the deployment does not have: either would be a silent no-op at run time.
 */
export function makeEventBus(
  definitions: readonly AnyEvent[],
  subscribers: readonly Subscriber[],
  notifierFor: (tx: Database, source: string) => Notifier = noNotifier,
): EventBus {
  const events = new Map<string, AnyEvent>();
  for (const event of definitions) {
    if (events.has(event.name)) throw new Error(`Event "${event.name}" is defined twice.`);
    events.set(event.name, event);
  }
  const listeners = new Map<string, Array<{ subscriber: string; subscription: AnySubscription }>>();
  for (const { id, subscriptions } of subscribers) {
    for (const subscription of subscriptions) {
      const name = subscription.event.name;
      if (events.get(name) !== subscription.event) {
        throw new Error(
          `"${id}" subscribes to event "${name}", which this deployment does not define (is the plugin that emits it listed?).`,
        );
      }
      listeners.set(name, [...(listeners.get(name) ?? []), { subscriber: id, subscription }]);
    }
  }
  const decoders = new Map(
    [...events.values()].map((e) => [e.name, Schema.decodeUnknownSync(e.payload)] as const),
  );

  const emitAt = async <P>(
    depth: number,
    ctx: EmitContext,
    emitter: string,
    event: EventDefinition<P>,
    payload: P,
  ): Promise<void> => {
    if (events.get(event.name) !== event) {
      throw new Error(`Event "${event.name}" is not one of this deployment's.`);
    }
    if (event.owner !== emitter) {
      throw new Error(`"${emitter}" emitted "${event.name}": only "${event.owner}" emits its events.`);
    }
    if (depth > MAX_EVENT_DEPTH) {
      throw new Error(`Events cascaded more than ${MAX_EVENT_DEPTH} deep at "${event.name}".`);
    }
    const { actor } = ctx;
    if (!actor) throw new Error(`Event "${event.name}" was emitted with no one acting.`);
    // Checked at the border: a subscriber may rely on the payload's shape whoever emitted it.
    const checked = decoders.get(event.name)!(payload) as P;
    for (const { subscriber, subscription } of listeners.get(event.name) ?? []) {
      await subscription.handle(
        {
          tx: ctx.tx,
          actor,
          audit: ctx.audit,
          emit: (next, nextPayload) => emitAt(depth + 1, ctx, subscriber, next, nextPayload),
          notifications: notifierFor(ctx.tx, subscriber),
        },
        checked,
      );
    }
  };

  return {
    events,
    subscribersOf: (name) => (listeners.get(name) ?? []).map((l) => l.subscriber),
    emit: (ctx, emitter, event, payload) => emitAt(1, ctx, emitter, event, payload),
  };
}

/** For a bus made without the deployment's templates (tests of the bus alone): notifying is refused. */
function noNotifier(): Notifier {
  const refuse = async (): Promise<never> => {
    throw new Error("This event bus was made without notification templates.");
  };
  return { notify: refuse, cancel: refuse };
}
