import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter, ValmennusRouter } from "./support/plugin-routers.ts";

/**
 * Every list a procedure returns is bounded: a page size with a maximum, or a hard cap where the list
 * is naturally small. A batch of list calls (the denial of service in issue 7) can then cost only so much.
 */
describe("bounded lists", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi("pglite");
  });
  afterAll(() => api?.close());

  it("refuses a page larger than the maximum, naming the limit", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    const refused = await manager.trpc.students.list.query({ limit: 501 }).catch((e) => e);
    expect(refused.data.code).toBe("BAD_REQUEST");
    expect(refused.data.issues.map((i: { path: string }) => i.path)).toEqual(["limit"]);
    const welfare = await loginAs(api.url, "kuraattori");
    expect(await codeOf(welfare.trpc.welfare.queue.query({ limit: 201 }))).toBe("BAD_REQUEST");
    expect(await codeOf(welfare.trpc.welfare.queue.query({ limit: 200, offset: 0 }))).toBe("OK");
    expect(await codeOf(manager.trpc.organisations.list.query({ limit: 0 }))).toBe("BAD_REQUEST");
    expect(await manager.trpc.organisations.list.query({ limit: 2 })).toHaveLength(2);
  });

  it("checks the early warnings a page of students at a time, saying whether more follow", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    const first = await manager.trpc.earlyWarning.forMe.query({ limit: 50 });
    expect(first).toMatchObject({ checked: 50, offset: 0, more: true });
    const next = await manager.trpc.earlyWarning.forMe.query({ limit: 50, offset: 50 });
    expect(next.offset).toBe(50);
    const firstIds = new Set(first.flags.map((f) => f.studentId));
    expect(next.flags.some((f) => firstIds.has(f.studentId))).toBe(false);
    // Without a page, the first (and, in the demo, only) page of at most 500.
    const all = await manager.trpc.earlyWarning.forMe.query();
    expect(all.checked).toBeLessThanOrEqual(500);
    expect(all.more).toBe(false);
  });

  it("pages a student's coaching notes and sessions, and the plugins' lists", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [student] = await tutor.trpc.students.list.query({ limit: 1 });
    for (let i = 0; i < 3; i++) {
      await tutor.trpc.coaching.addNote.mutate({
        studentId: student!.id,
        visibility: "team",
        body: `Note ${i}`,
      });
    }
    expect(await tutor.trpc.coaching.notes.query({ studentId: student!.id, limit: 2 })).toHaveLength(2);
    expect(await codeOf(tutor.trpc.coaching.notes.query({ studentId: student!.id, limit: 201 }))).toBe(
      "BAD_REQUEST",
    );
    const handovers = tutor.plugin<HandoverRouter>("esedu-workshop-handover");
    expect(await codeOf(handovers.list.query({ limit: 201 }))).toBe("BAD_REQUEST");
    const valmennus = tutor.plugin<ValmennusRouter>("lappi-valmennus");
    const page = await valmennus.checklist.overview.query({ limit: 1 });
    expect(page.participants.length).toBeLessThanOrEqual(1);
    if (page.participants.length === 1) {
      const all = await valmennus.checklist.overview.query({});
      expect(page.more).toBe(all.participants.length > 1);
    }
  });
});
