import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schema } from "@polku/db";
import { codeOf, loginAs, type makeClient, startTestApi } from "@polku/plugin-sdk/testing";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

const cookieOf = (client: ReturnType<typeof makeClient>) =>
  [...client.jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Regression tests for issue 7's review of the running API (each failed on the main it was written on). */
describe("the request wall over HTTP", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  const portalDir = mkdtempSync(join(tmpdir(), "polku-portal-"));
  beforeAll(async () => {
    writeFileSync(join(portalDir, "index.html"), "<!doctype html><title>Polku</title>");
    api = await startTestApi("pglite", { portalDir });
  });
  afterAll(() => api?.close());

  it("refuses GET for every procedure, so inputs never appear in URLs", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    const [student] = await manager.trpc.students.list.query({ limit: 1 });
    const input = encodeURIComponent(JSON.stringify({ studentId: student!.id }));
    const response = await fetch(`${api.url}/trpc/students.get?input=${input}`, {
      headers: { cookie: cookieOf(manager) },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.text()).not.toContain(student!.lastName);
    // Nor with the path percent-encoded, which the router decodes.
    const encoded = await fetch(`${api.url}/%74rpc/students.get?input=${input}`, {
      headers: { cookie: cookieOf(manager) },
    });
    expect(encoded.status).toBe(405);
  });

  it("bounds a batch to ten calls and each procedure's input to its own size", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    const batch = (n: number) => {
      const path = Array.from({ length: n }, () => "students.list").join(",");
      const body = Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), { limit: 1 }]));
      return post(`${api.url}/trpc/${path}?batch=1`, body, { cookie: cookieOf(manager) });
    };
    expect((await batch(10)).status).toBe(200);
    expect((await batch(11)).status).toBe(400);
    const [before] = await api.db
      .select({ n: schema.auditLog.id })
      .from(schema.auditLog)
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    const large = await post(
      `${api.url}/trpc/students.list`,
      { limit: 1, search: "x".repeat(70 * 1024) },
      { cookie: cookieOf(manager) },
    );
    expect(large.status).toBe(413);
    expect(JSON.stringify(await large.json())).toMatch(/too large/);
    // Refused before it read anything: no audit entry.
    const [after] = await api.db
      .select({ n: schema.auditLog.id })
      .from(schema.auditLog)
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    expect(after?.n).toBe(before?.n);
  });

  it("sends security headers, and no-store on the API and the HTML", async () => {
    const api1 = await post(`${api.url}/trpc/auth.me`, {});
    const page = await fetch(`${api.url}/students`);
    for (const response of [api1, page]) {
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("cache-control")).toBe("no-store");
      // Plain HTTP in development: no HSTS (the secure deployment below sends it).
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("ends another person's session when someone logs in over it", async () => {
    const first = await loginAs(api.url, "omaohjaaja");
    const firstCookie = cookieOf(first);
    // Same browser, another person: the first person's session must not outlive this login.
    const response = await post(
      `${api.url}/trpc/auth.login`,
      { username: "opettaja", password: "polku-demo" },
      { cookie: firstCookie, "x-polku-csrf": first.state.csrf },
    );
    expect(response.status).toBe(200);
    const me = await post(`${api.url}/trpc/auth.me`, {}, { cookie: firstCookie });
    expect(me.status).toBe(401);
  });

  it("caps a grant at 24 months and says so", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const adult = (await tutor.trpc.students.list.query({ limit: 200 })).find((s) => !s.minor)!;
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    const error = await tutor.trpc.grants.create
      .mutate({
        studentId: adult.id,
        granteeOrganisationId: workshop!.id,
        scope: "handover",
        consentGivenBy: "student",
        validUntil: "9999-12-31",
      })
      .catch((e) => e);
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/validUntil: access can last at most 24 months/);
  });

  it("keeps welfare reads out of the trail a manager or a guardian reads, and shows them to the student", async () => {
    const counsellor = await loginAs(api.url, "kuraattori");
    const queue = await counsellor.trpc.welfare.queue.query({});
    expect(queue.length).toBeGreaterThan(0);
    const studentId = queue[0]!.studentId;
    const manager = await loginAs(api.url, "esihenkilo");
    const trail = await manager.trpc.audit.forStudent.query({ studentId });
    expect(trail.entries.filter((e) => e.area === "welfare")).toEqual([]);
    const [entry] = await api.db
      .select({ confidential: schema.auditLog.confidential })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.studentId, studentId), eq(schema.auditLog.procedure, "welfare.queue")))
      .limit(1);
    expect(entry?.confidential).toBe(true);
  });

  it("records a refused attempt that had found the student, marked unsuccessful", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const [student] = await tutor.trpc.students.list.query({ limit: 1 });
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    // Refused after the student was read: a minor's consent must be a guardian's (or an adult's own).
    const refused = await codeOf(
      tutor.trpc.grants.create.mutate({
        studentId: student!.id,
        granteeOrganisationId: workshop!.id,
        scope: "handover",
        consentGivenBy: student!.minor ? "student" : "guardian",
      }),
    );
    expect(refused).toBe("BAD_REQUEST");
    const [attempt] = await api.db
      .select({ succeeded: schema.auditLog.succeeded, action: schema.auditLog.action })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.studentId, student!.id), eq(schema.auditLog.procedure, "grants.create")));
    expect(attempt).toEqual({ succeeded: false, action: "update" });
  });
});

describe("a deployment over HTTPS", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi("pglite", { deployment: "core-only", secureCookies: true });
  });
  afterAll(() => api?.close());

  it("sends HSTS", async () => {
    const response = await post(`${api.url}/trpc/auth.me`, {});
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
  });
});

describe("a proportionate login limit", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    // Behind a (trusted) proxy, so the test can speak from several addresses.
    api = await startTestApi("pglite", { deployment: "core-only", trustProxy: true });
  });
  afterAll(() => api?.close());

  const login = async (username: string, password: string, from: string) => {
    const response = await post(
      `${api.url}/trpc/auth.login`,
      { username, password },
      { "x-polku-csrf": "1", "x-forwarded-for": from },
    );
    const body = (await response.json()) as { error?: { message: string; data: { code: string } } };
    return { code: body.error?.data.code ?? "OK", message: body.error?.message ?? "" };
  };

  it("slows an attacker on an account without locking its owner out where they log in", async () => {
    const home = "198.51.100.1";
    const attacker = "203.0.113.9";
    expect((await login("opettaja", "polku-demo", home)).code).toBe("OK");
    for (let i = 0; i < 5; i++)
      expect((await login("opettaja", `wrong-${i}`, attacker)).code).toBe("UNAUTHORIZED");
    const slowed = await login("opettaja", "polku-demo", attacker);
    expect(slowed.code).toBe("TOO_MANY_REQUESTS");
    expect(slowed.message).toMatch(/Try again in 30 seconds/);
    // Also from any other new address, but never from home.
    expect((await login("opettaja", "polku-demo", "192.0.2.77")).code).toBe("TOO_MANY_REQUESTS");
    expect((await login("opettaja", "polku-demo", home)).code).toBe("OK");
  });

  it("slows spraying from one address, except for the accounts that log in from it", async () => {
    const school = "192.0.2.200";
    expect((await login("omaohjaaja", "polku-demo", school)).code).toBe("OK");
    for (let i = 0; i < 30; i++) {
      expect((await login(`nobody-${i}`, "x", school)).code).toBe("UNAUTHORIZED");
    }
    expect((await login("esihenkilo", "polku-demo", school)).code).toBe("TOO_MANY_REQUESTS");
    expect((await login("omaohjaaja", "polku-demo", school)).code).toBe("OK");
  });
});
