import type { Database } from "@polku/db";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import type { Actor } from "./auth/sessions.ts";
import { coreEventList, coreEvents } from "./core-events.ts";
import { defineEvent, type EmitContext, MAX_EVENT_DEPTH, makeEventBus, on } from "./events.ts";

// The bus itself touches no database: its subscribers get the emitter's transaction as it is.
const tx = {} as Database;
const actor = { personId: "p", role: "tutor" } as Actor;
const emitting: EmitContext = { tx, actor, audit: async () => {} };

const badgeIssued = defineEvent(
  "passport.badgeIssued",
  Schema.Struct({ badgeId: Schema.String, studentId: Schema.String }),
);
const ping = defineEvent("ping-plugin.ping", Schema.Struct({ n: Schema.Number }));

describe("the event bus", () => {
  it("runs each subscriber in deployment order with the checked payload and the emitter's transaction", async () => {
    const seen: string[] = [];
    const bus = makeEventBus(
      [...coreEventList, badgeIssued],
      [
        {
          id: "first",
          subscriptions: [
            on(badgeIssued, async (ctx, p) => void seen.push(`first ${p.badgeId} ${ctx.tx === tx}`)),
          ],
        },
        {
          id: "second",
          subscriptions: [on(badgeIssued, async (_ctx, p) => void seen.push(`second ${p.badgeId}`))],
        },
      ],
    );
    await bus.emit(emitting, "passport", badgeIssued, { badgeId: "b1", studentId: "s1" });
    expect(seen).toEqual(["first b1 true", "second b1"]);
  });

  it("lets only an event's owner emit it", async () => {
    const bus = makeEventBus([...coreEventList, badgeIssued], []);
    await expect(
      bus.emit(emitting, "other-plugin", badgeIssued, { badgeId: "b", studentId: "s" }),
    ).rejects.toThrow(/"other-plugin" emitted "passport.badgeIssued": only "passport" emits its events/);
    await expect(
      bus.emit(emitting, "passport", coreEvents.studyRightChanged, {
        providerId: "00000000-0000-4000-8000-000000000000",
        studentId: "00000000-0000-4000-8000-000000000001",
        from: "lasna",
        to: "valmistunut",
      }),
    ).rejects.toThrow(/only "core" emits/);
  });

  it("refuses a payload that does not match the event's schema, before any subscriber runs", async () => {
    let ran = false;
    const bus = makeEventBus(
      [badgeIssued],
      [
        {
          id: "x",
          subscriptions: [
            on(badgeIssued, async () => {
              ran = true;
            }),
          ],
        },
      ],
    );
    await expect(
      bus.emit(emitting, "passport", badgeIssued, { badgeId: 7 } as unknown as {
        badgeId: string;
        studentId: string;
      }),
    ).rejects.toThrow(/badgeId/);
    expect(ran).toBe(false);
  });

  it("refuses at composition an event defined twice and a subscription to an event the deployment lacks", () => {
    expect(() => makeEventBus([badgeIssued, badgeIssued], [])).toThrow(
      /"passport.badgeIssued" is defined twice/,
    );
    expect(() =>
      makeEventBus(coreEventList, [{ id: "mentoring", subscriptions: [on(badgeIssued, async () => {})] }]),
    ).toThrow(
      /"mentoring" subscribes to event "passport.badgeIssued", which this deployment does not define/,
    );
  });

  it("refuses an event emitted with no one acting, and a name without its owner", async () => {
    const bus = makeEventBus([ping], []);
    await expect(bus.emit({ ...emitting, actor: null }, "ping-plugin", ping, { n: 1 })).rejects.toThrow(
      /no one acting/,
    );
    expect(() => defineEvent("badgeIssued", Schema.Struct({}))).toThrow(/must be "<owner>.<what>"/);
  });

  it("lets a subscriber emit its own plugin's events, and stops a cycle at the depth limit", async () => {
    let deliveries = 0;
    const bus = makeEventBus(
      [ping],
      [
        {
          id: "ping-plugin",
          subscriptions: [
            on(ping, async (ctx, { n }) => {
              deliveries++;
              await ctx.emit(ping, { n: n + 1 });
            }),
          ],
        },
      ],
    );
    await expect(bus.emit(emitting, "ping-plugin", ping, { n: 1 })).rejects.toThrow(
      new RegExp(`more than ${MAX_EVENT_DEPTH} deep`),
    );
    expect(deliveries).toBe(MAX_EVENT_DEPTH);
  });
});
