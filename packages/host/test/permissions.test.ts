import { roles } from "@polku/domain";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { AUTHENTICATED, PUBLIC } from "@polku/trpc";
import type { AnyProcedure } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeDeployment } from "../src/deployment/compose.ts";
import { loadDeployment } from "../src/deployment/load.ts";

// The demo deployment: the core and its plugins, as it runs.
const { router, authority } = composeDeployment(await loadDeployment("demo"));
const procedures = Object.entries(router._def.procedures as unknown as Record<string, AnyProcedure>);

/** A demo user for each role (see README). */
const userOfRole: Record<string, string> = {
  tutor: "omaohjaaja",
  teacher: "opettaja",
  welfare: "kuraattori",
  manager: "esihenkilo",
  funding_negotiator: "rahoitus",
  region_admin: "aluehallinto",
  workshop_coach: "valmentaja",
  company_contact: "yritys",
  partner_contact: "kumppani",
  student: "opiskelija",
  guardian: "huoltaja",
};

describe("every procedure of the composed router", () => {
  it.each(procedures.map(([path, p]) => [path, p] as const))("%s declares a known permission", (_path, p) => {
    const permission = (p._def.meta as { permission?: string } | undefined)?.permission;
    expect(permission).toBeTypeOf("string");
    expect([PUBLIC, AUTHENTICATED, ...authority.permissions]).toContain(permission);
  });
});

describe("each role is refused what it may not do", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi("pglite");
  });
  afterAll(() => api?.close());

  it("has a demo user for every role", () => {
    expect(Object.keys(userOfRole).sort()).toEqual([...roles].sort());
  });

  it.each(Object.entries(userOfRole))(
    "%s is denied a procedure outside its permissions",
    async (role, username) => {
      const denied = procedures.filter(([, p]) => {
        const permission = (p._def.meta as { permission: string }).permission;
        return (
          permission !== PUBLIC && permission !== AUTHENTICATED && !authority.can(role as never, permission)
        );
      });
      expect(denied.length).toBeGreaterThan(0);
      const client = await loginAs(api.url, username);
      // Authorization runs before input validation, so a call with an empty input is refused as FORBIDDEN.
      for (const [path, p] of denied) {
        const [namespace, ...rest] = path.split(".");
        let node = (client.trpc as unknown as Record<string, unknown>)[namespace!] as Record<string, unknown>;
        for (const part of rest) node = node[part] as Record<string, unknown>;
        const call = p._def.type === "mutation" ? node.mutate : node.query;
        expect([path, await codeOf((call as (input: unknown) => Promise<unknown>)({}))]).toEqual([
          path,
          "FORBIDDEN",
        ]);
      }
    },
  );
});
