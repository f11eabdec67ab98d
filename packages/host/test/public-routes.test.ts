import { DEMO_PASSWORD, migrate, rowsOf, seedDemoRegion } from "@polku/db";
import { createTestDb, inScope, type TestDb, testDatabases } from "@polku/db/testing";
import { publicRoute } from "@polku/plugin-sdk/server";
import { createAccounts, hashPassword } from "@polku/trpc";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeDeployment } from "../src/deployment/compose.ts";
import { loadDeployment } from "../src/deployment/load.ts";
import { createServer } from "../src/server.ts";

/**
 * A plugin's public routes: served without a session under /public/<plugin>, as the application role
 * with no one logged in, audited as the `public` role on behalf of the link's owner, rate-limited.
 */
describe.each(testDatabases())("public routes on $kind", ({ kind }) => {
  let t: TestDb;
  let base: string;
  let close: () => Promise<void>;
  let student: { providerId: string; id: string; personId: string };

  beforeAll(async () => {
    t = await createTestDb(kind);
    const core = composeDeployment(await loadDeployment("core-only"));
    await migrate(t, core.migrationSets);
    await seedDemoRegion(t.db, () => hashPassword(DEMO_PASSWORD));
    [student] = rowsOf<{ providerId: string; id: string; personId: string }>(
      await t.db.execute(sql`select provider_id as "providerId", id, person_id as "personId" from student
        where person_id is not null limit 1`),
    ) as [typeof student];
    const card = publicRoute({
      method: "GET",
      path: "/card/:token",
      perMinute: 3,
      async handle(ctx, request) {
        // Row-level security opens nothing to no one: the route sees no student by itself.
        const [visible] = rowsOf<{ n: number }>(
          await ctx.tx.execute(sql`select count(*)::int as n from student`),
        );
        if (request.params.token !== "open-sesame")
          return { status: 404, body: JSON.stringify({ found: false }) };
        await ctx.audit([
          {
            providerId: student.providerId,
            studentId: student.id,
            action: "read",
            onBehalfOf: student.personId,
          },
        ]);
        return { contentType: "text/html; charset=utf-8", body: `<p>visible: ${visible!.n}</p>` };
      },
    });
    const app = await createServer({
      services: {
        db: t.requestDb,
        accounts: createAccounts(t.db),
        authority: core.authority,
        stepKinds: core.stepKinds,
        events: core.events,
        notifications: core.notifications,
        errorText: core.errorText,
      },
      router: core.router,
      publicRoutes: [{ pluginId: "test-plugin", route: card }],
      ownerDb: t.db,
      secureCookies: false,
      logLevel: "silent",
    });
    base = await app.listen({ port: 0, host: "127.0.0.1" });
    close = () => app.close();
  }, 120_000);
  afterAll(async () => {
    await close?.();
    await t?.dispose();
  });

  it("answers without a session, sees nothing through row-level security, and audits as public", async () => {
    const response = await fetch(`${base}/public/test-plugin/card/open-sesame`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await response.text()).toBe("<p>visible: 0</p>");
    const entries = rowsOf<{ actor_role: string; procedure: string; actor_person_id: string; ip: string }>(
      await t.db.execute(sql`select actor_role, procedure, actor_person_id, host(ip) as ip from audit_log
        where student_id = ${student.id}::uuid and actor_role = 'public'`),
    );
    expect(entries).toEqual([
      {
        actor_role: "public",
        procedure: "public.test-plugin.GET /card/:token",
        actor_person_id: student.personId,
        ip: "127.0.0.1",
      },
    ]);
    expect((await fetch(`${base}/public/test-plugin/card/guess`)).status).toBe(404);
  });

  it("slows a guessing client down: the route's limit per address and minute", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await fetch(`${base}/public/test-plugin/card/guess-${i}`)).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it("lets no request's SQL write a public audit entry, whatever its settings say", async () => {
    const write = (scope: Parameters<typeof inScope>[1]) =>
      inScope(t.db, scope, async (tx) => {
        // A request's SQL can set every setting a check could read: none of them may open the door.
        await tx.execute(sql`select set_config('app.session', '', true),
          set_config('app.procedure', 'public.test-plugin.GET /card/:token', true)`);
        return tx.execute(sql`select polku.audit_public(${student.providerId}::uuid, ${student.id}::uuid, 'read',
          ${student.personId}::uuid, 'public.test-plugin.GET /card/:token', '')`);
      }).then(
        () => "written",
        (e: { code?: string; cause?: { code?: string } }) => e.cause?.code ?? e.code,
      );
    const tutor = {
      providerId: student.providerId,
      organisationId: student.providerId,
      personId: null,
      role: "tutor",
    };
    expect(await write(tutor)).toBe("42501");
    expect(await write({ providerId: null, organisationId: null, personId: null, role: null })).toBe("42501");
  });
});
