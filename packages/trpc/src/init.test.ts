import { DEMO_PASSWORD, seedDemoRegion } from "@polku/db";
import { createTestDb, type TestDb } from "@polku/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password.ts";
import { createCallerFactory, procedure, router } from "./init.ts";
import { AUTHENTICATED } from "./permissions.ts";
import { testContextAs } from "./test-context.ts";

describe("the procedure every router is built from", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("pglite");
  });
  afterAll(() => t?.dispose());

  it("gives a procedure its transaction and never a connection or the accounts", async () => {
    const probe = router({
      services: procedure
        .meta({ permission: AUTHENTICATED })
        .query(({ ctx }) => ({ services: Object.keys(ctx.services).sort(), hasTx: "tx" in ctx })),
    });
    await seedDemoRegion(t.db, () => hashPassword(DEMO_PASSWORD));
    const context = await testContextAs(t.db, "omaohjaaja");
    const result = await createCallerFactory(probe)(context).services();
    expect(result).toEqual({
      services: ["authority", "events", "log", "notifications", "stepKinds"],
      hasTx: true,
    });
  });
});
