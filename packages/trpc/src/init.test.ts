import { createTestDb, type TestDb } from "@polku/db/testing";
import { coreStepKinds, makeStepKindRegistry } from "@polku/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "./auth/sessions.ts";
import type { Context } from "./context.ts";
import { runDomain } from "./domain.ts";
import { noHooks } from "./hooks.ts";
import { createCallerFactory, procedure, router } from "./init.ts";
import { AUTHENTICATED, corePermissions, makeAuthority } from "./permissions.ts";

describe("the procedure every router is built from", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("pglite");
  });
  afterAll(() => t?.dispose());

  it("gives a procedure its transaction and never the owner connection", async () => {
    const probe = router({
      services: procedure
        .meta({ permission: AUTHENTICATED })
        .query(({ ctx }) => ({ services: Object.keys(ctx.services).sort(), hasTx: "tx" in ctx })),
    });
    const actor: Actor = {
      personId: crypto.randomUUID(),
      firstName: "Outi",
      lastName: "Ohjaaja",
      locale: "fi",
      membershipId: crypto.randomUUID(),
      role: "tutor",
      organisationId: crypto.randomUUID(),
      organisationName: "P",
      organisationKind: "provider",
      providerId: null,
      sessionTokenHash: "x",
      csrfToken: "x",
    };
    const context: Context = {
      services: {
        db: t.db,
        authority: makeAuthority(corePermissions),
        stepKinds: runDomain(makeStepKindRegistry(coreStepKinds)),
        log: { info() {}, warn() {}, error() {} },
        hooks: noHooks,
      },
      transport: {
        ip: null,
        header: () => undefined,
        cookie: () => undefined,
        setCookie() {},
        clearCookie() {},
      },
      actor,
    };
    const result = await createCallerFactory(probe)(context).services();
    expect(result).toEqual({ services: ["authority", "hooks", "log", "stepKinds"], hasTx: true });
  });
});
