import { schema } from "@polku/db";
import { codeOf, loginAs, makeClient, startTestApi } from "@polku/plugin-sdk/testing";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IN_FLIGHT, MAX_JSON_DEPTH } from "../src/server.ts";

/** Regression tests for the security review of the foundation (see the commit that added them). */
describe("hardening", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi("pglite", { deployment: "core-only" });
  });
  afterAll(() => api?.close());

  it("counts parallel wrong logins: at most five get through to a password check", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        codeOf(
          makeClient(api.url).trpc.auth.login.mutate({ username: "esihenkilo", password: `wrong-${i}` }),
        ),
      ),
    );
    expect(attempts.filter((c) => c === "UNAUTHORIZED")).toHaveLength(5);
    expect(attempts.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(15);
  });

  it("refuses a body nested deeper than any input, before anything recurses into it", async () => {
    const post = (body: string) =>
      fetch(`${api.url}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-polku-csrf": "1" },
        body,
      });
    for (const depth of [100_000, MAX_JSON_DEPTH + 1]) {
      const response = await post(`${"[".repeat(depth)}${"]".repeat(depth)}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { message: `The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels).` },
      });
    }
    // Brackets inside strings are text, and a shallow input goes on to the procedure.
    const shallow = await post(JSON.stringify({ username: "[".repeat(150), password: "{{{{" }));
    expect(shallow.status).toBe(401);
  });

  it("lets one session have only a few requests open at once, and counts each out when it ends", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    // PGlite runs one transaction at a time: while this one is open, every request waits in its handler.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holding = api.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await gate;
    });
    // More than the session may have open: those past the limit are answered at once, the rest wait.
    const tries = MAX_IN_FLIGHT.session + 4;
    let answered = 0;
    const calls = Array.from({ length: tries }, () =>
      codeOf(tutor.trpc.students.list.query({ limit: 1 })).finally(() => {
        answered++;
      }),
    );
    await expect.poll(() => answered).toBe(tries - MAX_IN_FLIGHT.session);
    release();
    await holding;
    const codes = await Promise.all(calls);
    expect(codes.filter((c) => c === "OK")).toHaveLength(MAX_IN_FLIGHT.session);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(tries - MAX_IN_FLIGHT.session);
    // Each is counted out when it ends: the session has room again.
    const next = () => codeOf(tutor.trpc.students.list.query({ limit: 1 }));
    await expect.poll(next).toBe("OK");
  });

  it("does not believe a client's X-Forwarded-For unless a proxy is configured", async () => {
    const response = await fetch(`${api.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-polku-csrf": "1", "x-forwarded-for": "203.0.113.9" },
      body: JSON.stringify({ username: "nobody", password: "x" }),
    });
    expect(response.status).toBe(401);
    const [attempt] = await api.db
      .select({ ip: schema.loginAttempt.ip })
      .from(schema.loginAttempt)
      .orderBy(desc(schema.loginAttempt.at))
      .limit(1);
    expect(attempt?.ip).toBe("127.0.0.1");
  });

  it("takes an adult's consent from the student only, and bounds every grant in time", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const adult = (await tutor.trpc.students.list.query({ limit: 500 })).find((s) => !s.minor)!;
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    const request = { studentId: adult.id, granteeOrganisationId: workshop!.id, scope: "handover" as const };
    await expect(tutor.trpc.grants.create.mutate({ ...request, consentGivenBy: "guardian" })).rejects.toThrow(
      /consent must be the student's own/,
    );
    const bad = await tutor.trpc.grants.create
      .mutate({ ...request, consentGivenBy: "student", validUntil: "2024-13-45" })
      .catch((e) => e);
    expect(bad.data.code).toBe("BAD_REQUEST");
    expect(bad.data.issues.map((i: { path: string }) => i.path)).toEqual(["validUntil"]);
    const { id } = await tutor.trpc.grants.create.mutate({ ...request, consentGivenBy: "student" });
    const [grant] = await api.db
      .select({ validUntil: schema.accessGrant.validUntil })
      .from(schema.accessGrant)
      .where(eq(schema.accessGrant.id, id));
    const months = (grant!.validUntil!.getTime() - Date.now()) / (30.4 * 24 * 3600 * 1000);
    expect(months).toBeGreaterThan(11.9);
    expect(months).toBeLessThan(12.2);
  });

  it("lets a partner change only the steps its own organisation recorded, and hides the learner OID from it", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const adult = (await tutor.trpc.students.list.query({ limit: 500 })).filter((s) => !s.minor)[1]!;
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    await tutor.trpc.grants.create.mutate({
      studentId: adult.id,
      granteeOrganisationId: workshop!.id,
      scope: "handover",
      consentGivenBy: "student",
    });
    const { id: tutorsStep } = await tutor.trpc.pathway.addStep.mutate({
      studentId: adult.id,
      kind: "coaching-session",
    });
    const coach = await loginAs(api.url, "valmentaja");
    expect(
      await codeOf(coach.trpc.pathway.updateStep.mutate({ stepId: tutorsStep, status: "cancelled" })),
    ).toBe("FORBIDDEN");
    const { id: coachesStep } = await coach.trpc.pathway.addStep.mutate({
      studentId: adult.id,
      kind: "workplace-period",
    });
    expect(await codeOf(coach.trpc.pathway.updateStep.mutate({ stepId: coachesStep, status: "done" }))).toBe(
      "OK",
    );
    expect((await coach.trpc.students.get.query({ studentId: adult.id })).learnerOid).toBeNull();
    expect((await tutor.trpc.students.get.query({ studentId: adult.id })).learnerOid).toMatch(
      /^1\.2\.246\.562\.24\./,
    );
  });
});
