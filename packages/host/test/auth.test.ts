import { createHash } from "node:crypto";
import { rowsOf } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { codeOf, loginAs, makeClient, startTestApi } from "@polku/plugin-sdk/testing";
import { TRPCClientError } from "@trpc/client";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe.each(testDatabases())("accounts and sessions on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api?.close());

  it("logs in with the right password and tells who the person is", async () => {
    const client = await loginAs(api.url, "omaohjaaja");
    const me = await client.trpc.auth.me.query();
    expect(me.current.role).toBe("tutor");
    expect(me.permissions).toContain("grant.create");
    expect(me.permissions).not.toContain("organisation.delete");
  });

  it("sets the session cookie httpOnly and SameSite, without Secure in local development", async () => {
    const client = makeClient(api.url);
    await client.trpc.auth.login.mutate({ username: "opettaja", password: "polku-demo" });
    const cookie = client.state.lastSetCookie.find((c) => c.startsWith("polku_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("refuses a wrong password with one message for every failure", async () => {
    const client = makeClient(api.url);
    const wrong = client.trpc.auth.login.mutate({ username: "opettaja", password: "nope" });
    await expect(wrong).rejects.toThrow("The username or password is wrong.");
    const unknown = client.trpc.auth.login.mutate({ username: "nobody-here", password: "nope" });
    await expect(unknown).rejects.toThrow("The username or password is wrong.");
  });

  it("locks a username after five failed attempts, even for the right password", async () => {
    const client = makeClient(api.url);
    for (let i = 0; i < 5; i++) {
      expect(
        await codeOf(client.trpc.auth.login.mutate({ username: "kuraattori", password: `bad-${i}` })),
      ).toBe("UNAUTHORIZED");
    }
    expect(
      await codeOf(client.trpc.auth.login.mutate({ username: "kuraattori", password: "polku-demo" })),
    ).toBe("TOO_MANY_REQUESTS");
  });

  it("revokes the session on logout: the same cookie no longer works", async () => {
    const client = await loginAs(api.url, "esihenkilo");
    const cookie = [...client.jar.entries()];
    await client.trpc.auth.logout.mutate();
    const replay = makeClient(api.url);
    for (const [k, v] of cookie) replay.jar.set(k, v);
    expect(await codeOf(replay.trpc.auth.me.query())).toBe("UNAUTHORIZED");
  });

  it("replaces the session on a role switch: the old token and CSRF token stop working, the login time stays", async () => {
    const client = await loginAs(api.url, "omaohjaaja");
    const before = [...client.jar.entries()];
    const oldCsrf = client.state.csrf;
    const me = await client.trpc.auth.me.query();
    const { csrfToken } = await client.trpc.auth.switchMembership.mutate({
      membershipId: me.current.membershipId,
    });
    expect(csrfToken).not.toBe(oldCsrf);
    const replay = makeClient(api.url);
    for (const [k, v] of before) replay.jar.set(k, v);
    expect(await codeOf(replay.trpc.auth.me.query())).toBe("UNAUTHORIZED");
    // The new cookie came with the answer; with the new CSRF token the session works on.
    client.state.csrf = csrfToken;
    expect((await client.trpc.auth.me.query()).current.membershipId).toBe(me.current.membershipId);
    const loginTimeOf = async (jar: Iterable<[string, string]>) => {
      const token = new Map(jar).get("polku_session")!;
      const [row] = rowsOf<{ created_at: Date; revoked: boolean }>(
        await api.db.execute(sql`select created_at, revoked_at is not null as revoked from session
          where token_hash = ${createHash("sha256").update(token).digest("hex")}`),
      );
      return row!;
    };
    const old = await loginTimeOf(before);
    const current = await loginTimeOf(client.jar.entries());
    expect([old.revoked, current.revoked]).toEqual([true, false]);
    expect(new Date(current.created_at).getTime()).toBe(new Date(old.created_at).getTime());
  });

  it("refuses a mutation without the session's CSRF token", async () => {
    const client = await loginAs(api.url, "omaohjaaja");
    client.state.csrf = "forged";
    const me = await client.trpc.auth.me.query();
    expect(
      await codeOf(client.trpc.auth.switchMembership.mutate({ membershipId: me.current.membershipId })),
    ).toBe("FORBIDDEN");
  });

  it("answers a bad input with BAD_REQUEST naming every bad field, never a 500", async () => {
    const client = makeClient(api.url);
    const error = await client.trpc.auth.login
      .mutate({ username: "", password: 42 as unknown as string })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.data.code).toBe("BAD_REQUEST");
    const paths = (error.data.issues as Array<{ path: string }>).map((i) => i.path).sort();
    expect(paths).toEqual(["password", "username"]);
    expect(JSON.stringify(error.shape)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("cookies in production", () => {
  it("marks the session cookie Secure", async () => {
    const api = await startTestApi("pglite", { secureCookies: true });
    try {
      const client = makeClient(api.url);
      await client.trpc.auth.login.mutate({ username: "opettaja", password: "polku-demo" });
      expect(client.state.lastSetCookie.find((c) => c.startsWith("polku_session="))).toMatch(/Secure/);
    } finally {
      await api.close();
    }
  });
});
