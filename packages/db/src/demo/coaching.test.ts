import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coachingNote, coachingSession, welfareReferral } from "../schema/index.ts";
import { createTestDb, type TestDb } from "../testing.ts";
import { seedDemoCoaching } from "./coaching.ts";
import { type DemoRegion, seedDemoRegion } from "./seed.ts";

describe("demo coaching and welfare", () => {
  let t: TestDb;
  let region: DemoRegion;
  beforeAll(async () => {
    t = await createTestDb("pglite");
    region = (await seedDemoRegion(t.db, async () => "not-a-real-hash"))!;
  }, 60_000);
  afterAll(() => t?.dispose());

  const counts = async () => ({
    sessions: (await t.db.select({ n: count() }).from(coachingSession))[0]?.n,
    notes: (await t.db.select({ n: count() }).from(coachingNote))[0]?.n,
    referrals: (await t.db.select({ n: count() }).from(welfareReferral))[0]?.n,
  });

  it("seeds a weekly series, individual sessions, notes of each visibility and two referrals, once", async () => {
    const first = await counts();
    expect(first).toEqual({ sessions: 12 + 8 + 3, notes: 4, referrals: 2 });
    const series = await t.db.select({ seriesId: coachingSession.seriesId }).from(coachingSession);
    expect(new Set(series.map((s) => s.seriesId).filter(Boolean)).size).toBe(2);
    const visibilities = await t.db.select({ v: coachingNote.visibility }).from(coachingNote);
    expect(new Set(visibilities.map((n) => n.v))).toEqual(new Set(["team", "staff", "welfare"]));
    const disclosure = await t.db.select({ d: welfareReferral.disclosureAllowed }).from(welfareReferral);
    expect(disclosure.map((r) => r.d).sort()).toEqual([false, true]);
    await seedDemoCoaching(t.db, region);
    expect(await counts()).toEqual(first);
  });
});
