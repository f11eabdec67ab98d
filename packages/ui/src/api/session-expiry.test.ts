import { describe, expect, it } from "vitest";
import { sessionWarning } from "./session-expiry.ts";

const login = Date.parse("2026-12-03T06:00:00Z");
const limits = { endsAtLatest: "2026-12-03T18:00:00Z", idleMinutes: 480, slideMinutes: 5 };
const minutes = (n: number) => n * 60_000;

describe("the warning before a session ends", () => {
  it("says nothing while the end is more than five minutes away", () => {
    expect(sessionWarning(login + minutes(60), limits, login + minutes(59))).toEqual({ kind: "none" });
  });

  it("warns of the idle end, counted from the last answer less the slide, which a use extends", () => {
    const last = login + minutes(10);
    // Idle end: 10 + 480 - 5 = 485 minutes after the login.
    expect(sessionWarning(login + minutes(479), limits, last)).toEqual({ kind: "none" });
    expect(sessionWarning(login + minutes(481), limits, last)).toEqual({
      kind: "idle",
      endsAt: new Date(login + minutes(485)),
    });
    // A later answer moves the end: no warning any more.
    expect(sessionWarning(login + minutes(481), limits, login + minutes(481)).kind).toBe("none");
    expect(sessionWarning(login + minutes(485), limits, last)).toEqual({ kind: "ended" });
  });

  it("warns of the latest end, which no use extends, when it comes first", () => {
    const busy = login + minutes(12 * 60 - 2);
    expect(sessionWarning(busy, limits, busy)).toEqual({
      kind: "latest",
      endsAt: new Date("2026-12-03T18:00:00Z"),
    });
    expect(sessionWarning(Date.parse("2026-12-03T18:00:00Z"), limits, busy)).toEqual({ kind: "ended" });
  });

  it("says nothing of an end it cannot read", () => {
    expect(sessionWarning(login, { ...limits, endsAtLatest: "x" }, login)).toEqual({ kind: "none" });
  });
});
