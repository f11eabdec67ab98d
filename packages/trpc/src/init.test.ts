import { DEMO_PASSWORD, rowsOf, seedDemoRegion } from "@polku/db";
import { createTestDb, type TestDb } from "@polku/db/testing";
import { coreStepKinds, makeStepKindRegistry } from "@polku/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts } from "./auth/accounts.ts";
import { hashPassword } from "./auth/password.ts";
import { createSession, sha256 } from "./auth/sessions.ts";
import type { Context } from "./context.ts";
import { coreEventList } from "./core-events.ts";
import { runDomain } from "./domain.ts";
import { makeEventBus } from "./events.ts";
import { createCallerFactory, procedure, router } from "./init.ts";
import { makeNotificationTemplates } from "./notifications.ts";
import { AUTHENTICATED, corePermissions, makeAuthority } from "./permissions.ts";

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
    const [tutor] = rowsOf<{ person_id: string; membership_id: string }>(
      await t.db.execute(sql`select p.id as person_id, m.id as membership_id from person p
        join membership m on m.person_id = p.id where p.username = 'omaohjaaja'`),
    );
    const { token } = await createSession(t.db, tutor!.person_id, tutor!.membership_id);
    const context: Context = {
      services: {
        db: t.db,
        accounts: createAccounts(t.db),
        authority: makeAuthority(corePermissions),
        stepKinds: runDomain(makeStepKindRegistry(coreStepKinds)),
        log: { info() {}, warn() {}, error() {} },
        notifications: makeNotificationTemplates([]),
        events: makeEventBus(coreEventList, []),
      },
      transport: {
        ip: null,
        header: () => undefined,
        cookie: () => undefined,
        setCookie() {},
        clearCookie() {},
      },
      sessionTokenHash: sha256(token),
      actor: null,
    };
    const result = await createCallerFactory(probe)(context).services();
    expect(result).toEqual({
      services: ["authority", "events", "log", "notifications", "stepKinds"],
      hasTx: true,
    });
  });
});
