import { addDaysToLocalDate, localDateIn } from "@polku/domain";
import { codeOf, loginAs, startTestApi, TRPCClientError, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValmennusRouter } from "../src/server.ts";

const id = "lappi-valmennus";

/** The fields a refused call names, in the order the server gave them. */
async function badFields(call: Promise<unknown>): Promise<string[]> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError && error.data?.code === "BAD_REQUEST") {
      return ((error.data.issues ?? []) as Array<{ path: string }>).map((i) => i.path);
    }
    throw error;
  }
  throw new Error("The call was expected to be refused as BAD_REQUEST, but it succeeded.");
}

describe.each(testDatabases())("#Valmennus coaching plans on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  const as = async (username: string) => (await loginAs(api.url, username)).plugin<ValmennusRouter>(id);
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["lappi-valmennus"] });
  });
  afterAll(() => api?.close());

  it("lists the seeded autumn plans by group, with items in date order and outreach by the kuraattori", async () => {
    const tutor = await as("omaohjaaja");
    const groups = await tutor.plans.list.query();
    expect(groups.map((g) => g.name)).toEqual(["1A Ensimmäinen vuosi", "1B Ensimmäinen vuosi"]);
    for (const group of groups) {
      const autumn = group.plans.find((p) => p.termStart === "2026-08-10");
      expect(autumn).toMatchObject({ termEnd: "2026-12-19" });
      expect(autumn!.items).toBeGreaterThan(10);
      const plan = await tutor.plans.get.query({ planId: autumn!.id });
      expect(plan.groupName).toBe(group.name);
      const days = plan.items.map((i) => i.plannedOn);
      expect(days).toEqual([...days].sort());
      const outreach = plan.items.filter((i) => i.kind === "outreach");
      expect(new Set(outreach.map((i) => i.plannedOn.slice(0, 7))).size).toBe(5);
      expect(new Set(outreach.map((i) => i.responsibleName))).toEqual(new Set(["Kaisa Kuraattori"]));
      expect(new Set(plan.items.map((i) => i.kind))).toEqual(
        new Set(["group_coaching", "individual_coaching", "community", "outreach"]),
      );
      // Seeded items more than a week past are done on their own day; the rest are not.
      const today = localDateIn(new Date());
      for (const item of plan.items) {
        if (item.doneOn) expect(item.doneOn).toBe(item.plannedOn);
        if (item.plannedOn > today) expect(item.doneOn).toBeNull();
      }
      expect(autumn!.done).toBe(plan.items.filter((i) => i.doneOn).length);
    }
  });

  it("creates a plan per group and term, refuses a duplicate, and names each bad field", async () => {
    const tutor = await as("omaohjaaja");
    const [group] = await tutor.plans.list.query();
    const spring = {
      groupId: group!.id,
      termStart: "2027-01-07",
      termEnd: "2027-05-31",
      groupGoals: "Työelämäjaksoihin valmistautuminen ryhmänä.",
      individualGoals: "Jokaisen HOKS päivitetään ennen työelämäjaksoa.",
    };
    const { id: planId } = await tutor.plans.create.mutate(spring);
    const duplicate = await tutor.plans.create.mutate({ ...spring, termEnd: "2027-06-01" }).catch((e) => e);
    expect(duplicate.data.code).toBe("CONFLICT");
    expect(duplicate.message).toMatch(/already has a coaching plan for the term starting 2027-01-07/);
    expect(
      await codeOf(tutor.plans.create.mutate({ ...spring, termStart: "2026-08-10", termEnd: "2026-12-19" })),
    ).toBe("CONFLICT");

    expect(
      await badFields(
        tutor.plans.create.mutate({
          groupId: "not-an-id",
          termStart: "2027-02-30",
          termEnd: "2027-05-31",
          groupGoals: "   ",
          individualGoals: "",
        }),
      ),
    ).toEqual(["groupId", "termStart", "groupGoals", "individualGoals"]);
    expect(
      await badFields(
        tutor.plans.create.mutate({ ...spring, termStart: "2027-08-01", termEnd: "2027-06-01" }),
      ),
    ).toEqual(["termEnd"]);
    expect(
      await badFields(
        tutor.plans.create.mutate({ ...spring, groupId: "00000000-0000-4000-a000-000000000000" }),
      ),
    ).toEqual(["groupId"]);

    await tutor.plans.update.mutate({ planId, ...spring, groupGoals: "Tarkennetut tavoitteet." });
    expect((await tutor.plans.get.query({ planId })).groupGoals).toBe("Tarkennetut tavoitteet.");
  });

  it("adds, edits, marks done, undoes and deletes items; outreach only with welfare staff responsible", async () => {
    const tutor = await as("omaohjaaja");
    const welfare = await as("kuraattori");
    const [, group] = await tutor.plans.list.query();
    const { id: planId } = await tutor.plans.create.mutate({
      groupId: group!.id,
      termStart: "2027-01-08",
      termEnd: "2027-05-29",
      groupGoals: "Ryhmän yhteishenki.",
      individualGoals: "Opintojen eteneminen.",
    });
    const staff = await tutor.plans.staff.query();
    const byName = (last: string) => staff.find((s) => s.lastName === last)!;
    expect(byName("Kuraattori").roles).toEqual(["welfare"]);
    expect(byName("Ohjaaja").roles).toEqual(["tutor"]);
    // Staff only, of this provider only: no students, guardians, partners or other providers' tutors.
    expect(staff.map((s) => s.lastName).sort()).toEqual(["Esihenkilö", "Kuraattori", "Ohjaaja", "Opettaja"]);
    const kuraattori = byName("Kuraattori").personId;
    const ohjaaja = byName("Ohjaaja").personId;

    const outreach = {
      planId,
      kind: "outreach" as const,
      plannedOn: "2027-02-10",
      startsAt: "10:30",
      title: "Kuraattori tavattavissa",
      place: "Ruokala",
    };
    expect(
      await badFields(tutor.plans.addItem.mutate({ ...outreach, responsiblePersonId: ohjaaja })),
    ).toEqual(["responsiblePersonId"]);
    expect(await badFields(tutor.plans.addItem.mutate(outreach))).toEqual(["responsiblePersonId"]);
    const refused = await tutor.plans.addItem
      .mutate({ ...outreach, responsiblePersonId: ohjaaja })
      .catch((e) => e);
    expect(refused.message).toMatch(/outreach visit is made by welfare staff/);
    // Both the date (outside the term) and the responsible person are named at once.
    expect(
      await badFields(
        tutor.plans.addItem.mutate({ ...outreach, plannedOn: "2027-06-15", responsiblePersonId: ohjaaja }),
      ),
    ).toEqual(["plannedOn", "responsiblePersonId"]);
    const { id: visitId } = await tutor.plans.addItem.mutate({
      ...outreach,
      responsiblePersonId: kuraattori,
    });

    const { id: groupId } = await tutor.plans.addItem.mutate({
      planId,
      kind: "group_coaching",
      plannedOn: "2027-01-20",
      startsAt: "09:00",
      title: "Ryhmävalmennus: kevään tavoitteet",
    });
    const { id: earlyId } = await tutor.plans.addItem.mutate({
      planId,
      kind: "community",
      plannedOn: "2027-01-20",
      title: "Talvipäivä",
      responsiblePersonId: byName("Opettaja").personId,
    });
    expect(
      await badFields(
        tutor.plans.addItem.mutate({
          planId,
          kind: "trip" as "community",
          plannedOn: "2027-13-01",
          startsAt: "9:00",
          title: " ",
          responsiblePersonId: "nobody",
        }),
      ),
    ).toEqual(["kind", "plannedOn", "startsAt", "title", "responsiblePersonId"]);

    let plan = await tutor.plans.get.query({ planId });
    // Date order; on one day the untimed item first.
    expect(plan.items.map((i) => i.id)).toEqual([earlyId, groupId, visitId]);
    expect(plan.items[2]).toMatchObject({
      kind: "outreach",
      startsAt: "10:30",
      responsibleName: "Kaisa Kuraattori",
    });

    await tutor.plans.updateItem.mutate({
      itemId: groupId,
      kind: "group_coaching",
      plannedOn: "2027-03-03",
      startsAt: "12:15",
      title: "Ryhmävalmennus: työelämäjakso",
      responsiblePersonId: ohjaaja,
    });
    // Changing an item into outreach brings the welfare rule with it.
    expect(
      await badFields(
        tutor.plans.updateItem.mutate({
          itemId: groupId,
          kind: "outreach",
          plannedOn: "2027-03-03",
          title: "x",
          responsiblePersonId: ohjaaja,
        }),
      ),
    ).toEqual(["responsiblePersonId"]);

    const today = localDateIn(new Date());
    expect(
      await badFields(tutor.plans.markDone.mutate({ itemId: earlyId, doneOn: addDaysToLocalDate(today, 1) })),
    ).toEqual(["doneOn"]);
    await tutor.plans.markDone.mutate({ itemId: earlyId, doneOn: today });
    plan = await tutor.plans.get.query({ planId });
    expect(plan.items.map((i) => [i.id, i.doneOn])).toEqual([
      [earlyId, today],
      [visitId, null],
      [groupId, null],
    ]);
    expect(plan.items.find((i) => i.id === groupId)).toMatchObject({ startsAt: "12:15", place: null });
    await tutor.plans.undoDone.mutate({ itemId: earlyId });
    expect((await tutor.plans.get.query({ planId })).items.find((i) => i.id === earlyId)!.doneOn).toBeNull();

    // The term cannot shrink past its items.
    expect(
      await badFields(
        tutor.plans.update.mutate({
          planId,
          termStart: "2027-02-01",
          termEnd: "2027-05-29",
          groupGoals: "a",
          individualGoals: "b",
        }),
      ),
    ).toEqual(["termStart"]);

    // The kuraattori sees the visit among their own and the provider's; the tutor has none of their own.
    const mine = await welfare.plans.outreach.query({ scope: "mine", from: "2027-01-01" });
    expect(mine.map((v) => v.id)).toContain(visitId);
    expect(mine.every((v) => v.responsibleName === "Kaisa Kuraattori" && v.kind === "outreach")).toBe(true);
    expect(mine.find((v) => v.id === visitId)).toMatchObject({
      groupName: "1B Ensimmäinen vuosi",
      place: "Ruokala",
    });
    const all = await tutor.plans.outreach.query({ scope: "all", from: "2027-01-01" });
    expect(all.map((v) => v.id)).toContain(visitId);
    expect(await tutor.plans.outreach.query({ scope: "mine", from: "2026-01-01" })).toEqual([]);
    // From today on by default: the seeded autumn's December visits are still to come.
    const upcoming = await welfare.plans.outreach.query({ scope: "mine" });
    expect(upcoming.every((v) => v.plannedOn >= today)).toBe(true);

    await tutor.plans.deleteItem.mutate({ itemId: visitId });
    expect(
      (await welfare.plans.outreach.query({ scope: "all", from: "2027-01-01" })).map((v) => v.id),
    ).not.toContain(visitId);
    expect(await codeOf(tutor.plans.deleteItem.mutate({ itemId: visitId }))).toBe("NOT_FOUND");
    expect(await codeOf(tutor.plans.markDone.mutate({ itemId: visitId, doneOn: today }))).toBe("NOT_FOUND");
  });

  it("refuses partners and students, and shows another provider's tutor nothing", async () => {
    const tutor = await as("omaohjaaja");
    const [group] = await tutor.plans.list.query();
    const planId = group!.plans.find((p) => p.termStart === "2026-08-10")!.id;
    const itemId = (await tutor.plans.get.query({ planId })).items[0]!.id;
    for (const username of ["valmentaja", "yritys", "kumppani", "opiskelija", "huoltaja"]) {
      const outsider = await as(username);
      expect(await codeOf(outsider.plans.list.query()), username).toBe("FORBIDDEN");
      expect(await codeOf(outsider.plans.get.query({ planId })), username).toBe("FORBIDDEN");
      expect(await codeOf(outsider.plans.outreach.query({ scope: "all" })), username).toBe("FORBIDDEN");
      expect(await codeOf(outsider.plans.staff.query()), username).toBe("FORBIDDEN");
      expect(
        await codeOf(
          outsider.plans.addItem.mutate({ planId, kind: "community", plannedOn: "2026-09-01", title: "x" }),
        ),
        username,
      ).toBe("FORBIDDEN");
    }

    const other = await as("harju.ohjaaja");
    expect(await other.plans.list.query()).toEqual([]);
    expect(await other.plans.outreach.query({ scope: "all", from: "2026-01-01" })).toEqual([]);
    expect(await codeOf(other.plans.get.query({ planId }))).toBe("NOT_FOUND");
    expect(
      await codeOf(
        other.plans.addItem.mutate({ planId, kind: "community", plannedOn: "2026-09-01", title: "x" }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(other.plans.deleteItem.mutate({ itemId }))).toBe("NOT_FOUND");
    expect(await codeOf(other.plans.markDone.mutate({ itemId, doneOn: "2026-09-01" }))).toBe("NOT_FOUND");
    // Their staff list is their own provider's: the first provider's kuraattori is not in it.
    const theirStaff = await other.plans.staff.query();
    expect(theirStaff.map((s) => s.lastName)).toEqual(["Harju"]);
    const kuraattori = (await tutor.plans.staff.query()).find((s) => s.lastName === "Kuraattori")!;
    expect(
      await codeOf(
        other.plans.create.mutate({
          groupId: group!.id,
          termStart: "2027-01-07",
          termEnd: "2027-05-31",
          groupGoals: "x",
          individualGoals: "y",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(kuraattori.roles).toEqual(["welfare"]);
    // The item is untouched by all of the above.
    expect((await tutor.plans.get.query({ planId })).items[0]!.id).toBe(itemId);
  });
});
