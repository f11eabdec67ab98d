import { schema } from "@polku/db";
import { inScope, testDatabases } from "@polku/db/testing";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Every demo user who is not welfare staff, by username and role. */
const others = [
  ["omaohjaaja", "tutor"],
  ["opettaja", "teacher"],
  ["esihenkilo", "manager"],
  ["rahoitus", "funding_negotiator"],
  ["aluehallinto", "region_admin"],
  ["valmentaja", "workshop_coach"],
  ["yritys", "company_contact"],
  ["kumppani", "partner_contact"],
  ["opiskelija", "student"],
  ["huoltaja", "guardian"],
  ["harju.ohjaaja", "tutor of another provider"],
] as const;

describe.each(testDatabases())("student welfare referrals on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let allowed: { id: string; providerId: string };
  let hidden: { id: string; providerId: string };
  const reasonAllowed = `Jaksamisen huolet ${Math.random().toString(36).slice(2)}`;
  const reasonHidden = `Terveydentila ${Math.random().toString(36).slice(2)}`;

  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
    const tutor = await loginAs(api.url, "omaohjaaja");
    // Students without the demo's referrals (the demo refers its student and a minor).
    const counsellor = await loginAs(api.url, "kuraattori");
    const referred = new Set((await counsellor.trpc.welfare.queue.query({})).map((r) => r.studentId));
    const students = (await tutor.trpc.students.list.query({ limit: 500 })).filter(
      (s) => !referred.has(s.id),
    );
    allowed = students.at(-2)!;
    hidden = students.at(-1)!;
    await tutor.trpc.welfare.refer.mutate({
      studentId: allowed.id,
      service: "counsellor",
      reason: reasonAllowed,
      disclosureAllowed: true,
    });
    const teacher = await loginAs(api.url, "opettaja");
    expect(
      await teacher.trpc.welfare.refer.mutate({
        studentId: hidden.id,
        service: "psychologist",
        reason: reasonHidden,
        disclosureAllowed: false,
      }),
    ).toEqual({ ok: true });
  });
  afterAll(() => api?.close());

  const referralIdsFor = async () => {
    const counsellor = await loginAs(api.url, "kuraattori");
    const queue = await counsellor.trpc.welfare.queue.query({});
    return queue.filter((r) => r.reason === reasonAllowed || r.reason === reasonHidden).map((r) => r.id);
  };

  it("lets the counsellor (kuraattori) read the queue and each referral, audited", async () => {
    const counsellor = await loginAs(api.url, "kuraattori");
    const queue = await counsellor.trpc.welfare.queue.query({});
    const mine = queue.find((r) => r.reason === reasonAllowed)!;
    expect(mine).toMatchObject({
      studentId: allowed.id,
      service: "counsellor",
      status: "open",
      disclosureAllowed: true,
      referredBy: "Outi Ohjaaja",
    });
    expect(queue.find((r) => r.reason === reasonHidden)).toMatchObject({
      studentId: hidden.id,
      service: "psychologist",
      disclosureAllowed: false,
    });
    expect(await counsellor.trpc.welfare.get.query({ referralId: mine.id })).toMatchObject({
      reason: reasonAllowed,
    });
    const me = await counsellor.trpc.auth.me.query();
    const [audited] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.actorPersonId, me.personId),
          eq(schema.auditLog.studentId, allowed.id),
          eq(schema.auditLog.procedure, "welfare.get"),
        ),
      );
    expect(audited?.n).toBe(1);
  });

  it.each(others)("refuses %s (%s) the queue and every referral's contents", async (username) => {
    const ids = await referralIdsFor();
    expect(ids).toHaveLength(2);
    const user = await loginAs(api.url, username);
    expect(await codeOf(user.trpc.welfare.queue.query({}))).toBe("FORBIDDEN");
    for (const referralId of ids) {
      expect(await codeOf(user.trpc.welfare.get.query({ referralId }))).toBe("FORBIDDEN");
      expect(
        await codeOf(user.trpc.welfare.update.mutate({ referralId, status: "closed", welfareNote: "x" })),
      ).toBe("FORBIDDEN");
    }
    // Whatever else the role may read about the student, no reason text comes with it.
    for (const studentId of [allowed.id, hidden.id]) {
      const reads = await Promise.allSettled([
        user.trpc.students.get.query({ studentId }),
        user.trpc.coaching.notes.query({ studentId }),
        user.trpc.coaching.forStudent.query({ studentId }),
        user.trpc.welfare.disclosed.query({ studentId }),
      ]);
      const text = JSON.stringify(reads.map((r) => (r.status === "fulfilled" ? r.value : null)));
      expect(text).not.toContain(reasonAllowed);
      expect(text).not.toContain(reasonHidden);
    }
  });

  it("keeps referrals from other roles in the database too, not only in the API", async () => {
    const provider = (await (await loginAs(api.url, "omaohjaaja")).trpc.auth.me.query()).current;
    const scope = async (username: string, role: string) => {
      const me = await (await loginAs(api.url, username)).trpc.auth.me.query();
      return {
        providerId: provider.organisationId,
        organisationId: provider.organisationId,
        personId: me.personId,
        role,
      };
    };
    const visible = async (username: string, role: string) =>
      (await inScope(api.db, await scope(username, role), (tx) => tx.select().from(schema.welfareReferral)))
        .length;
    for (const [username, role] of [
      ["omaohjaaja", "tutor"],
      ["opettaja", "teacher"],
      ["esihenkilo", "manager"],
    ] as const) {
      expect(await visible(username, role)).toBe(0);
    }
    expect(await visible("kuraattori", "welfare")).toBeGreaterThanOrEqual(2);
  });

  it("tells other staff only the count the student allowed to disclose", async () => {
    for (const username of ["omaohjaaja", "opettaja", "esihenkilo"]) {
      const staff = await loginAs(api.url, username);
      expect(await staff.trpc.welfare.disclosed.query({ studentId: allowed.id })).toEqual({
        openReferrals: 1,
      });
      expect(await staff.trpc.welfare.disclosed.query({ studentId: hidden.id })).toEqual({
        openReferrals: 0,
      });
    }
    const outsider = await loginAs(api.url, "harju.ohjaaja");
    expect(await codeOf(outsider.trpc.welfare.disclosed.query({ studentId: allowed.id }))).toBe("NOT_FOUND");
    for (const username of ["valmentaja", "yritys", "kumppani", "opiskelija", "huoltaja", "rahoitus"]) {
      const user = await loginAs(api.url, username);
      expect(await codeOf(user.trpc.welfare.disclosed.query({ studentId: allowed.id }))).toBe("FORBIDDEN");
    }
  });

  it("moves a referral from open to in progress to closed, and then no more; closing ends the disclosed count", async () => {
    const counsellor = await loginAs(api.url, "kuraattori");
    const queue = await counsellor.trpc.welfare.queue.query({});
    const referral = queue.find((r) => r.reason === reasonAllowed)!;
    await counsellor.trpc.welfare.update.mutate({
      referralId: referral.id,
      status: "in_progress",
      welfareNote: "Ensitapaaminen sovittu.",
    });
    expect(await counsellor.trpc.welfare.get.query({ referralId: referral.id })).toMatchObject({
      status: "in_progress",
      welfareNote: "Ensitapaaminen sovittu.",
      handledBy: "Kaisa Kuraattori",
    });
    await counsellor.trpc.welfare.update.mutate({ referralId: referral.id, status: "closed" });
    await expect(
      counsellor.trpc.welfare.update.mutate({ referralId: referral.id, status: "open" }),
    ).rejects.toThrow(/status: this referral is closed/);
    const closed = await counsellor.trpc.welfare.queue.query({ statuses: ["closed"] });
    expect(closed.find((r) => r.id === referral.id)?.closedAt).toBeTruthy();
    const tutor = await loginAs(api.url, "omaohjaaja");
    expect(await tutor.trpc.welfare.disclosed.query({ studentId: allowed.id })).toEqual({ openReferrals: 0 });
  });

  it("refuses a bad referral naming the field, and refusals of students and partners", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    await expect(
      tutor.trpc.welfare.refer.mutate({
        studentId: allowed.id,
        // @ts-expect-error: not a welfare service
        service: "dentist",
        reason: "",
        disclosureAllowed: true,
      }),
    ).rejects.toThrow(/service: .*reason: |reason: .*service: /);
    for (const username of ["opiskelija", "huoltaja", "valmentaja", "rahoitus"]) {
      const user = await loginAs(api.url, username);
      expect(
        await codeOf(
          user.trpc.welfare.refer.mutate({
            studentId: allowed.id,
            service: "nurse",
            reason: "x",
            disclosureAllowed: true,
          }),
        ),
      ).toBe("FORBIDDEN");
    }
    const outsider = await loginAs(api.url, "harju.ohjaaja");
    expect(
      await codeOf(
        outsider.trpc.welfare.refer.mutate({
          studentId: allowed.id,
          service: "nurse",
          reason: "x",
          disclosureAllowed: true,
        }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("seeds the demo's referrals: one disclosed, one not", async () => {
    const student = await loginAs(api.url, "opiskelija");
    const [self] = await student.trpc.students.list.query({});
    const tutor = await loginAs(api.url, "omaohjaaja");
    expect(await tutor.trpc.welfare.disclosed.query({ studentId: self!.id })).toEqual({ openReferrals: 1 });
    const counsellor = await loginAs(api.url, "kuraattori");
    const queue = await counsellor.trpc.welfare.queue.query({});
    expect(queue.filter((r) => !r.disclosureAllowed).length).toBeGreaterThanOrEqual(1);
    expect(queue.some((r) => r.studentId === self!.id && r.disclosureAllowed)).toBe(true);
  });
});
