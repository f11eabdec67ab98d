import { type Database, rowsOf } from "@polku/db";
import { coreStepKinds, makeStepKindRegistry } from "@polku/domain";
import { sql } from "drizzle-orm";
import { createAccounts } from "./auth/accounts.ts";
import { createSession, sha256 } from "./auth/sessions.ts";
import type { Context } from "./context.ts";
import { coreEventList } from "./core-events.ts";
import { runDomain } from "./domain.ts";
import { type AnySubscription, makeEventBus } from "./events.ts";
import { coreErrorTranslations } from "./i18n/core-translations.ts";
import { makeErrorTranslator } from "./i18n/error-text.ts";
import { makeNotificationTemplates } from "./notifications.ts";
import { corePermissions, makeAuthority } from "./permissions.ts";

/**
 * For this package's tests: a procedure context logged in as a demo user (a real session on the
 * owner's connection), in a core-only deployment where the given subscriptions listen.
 */
export async function testContextAs(
  db: Database,
  username: string,
  subscriptions: readonly AnySubscription[] = [],
): Promise<Context> {
  const [user] = rowsOf<{ person_id: string; membership_id: string }>(
    await db.execute(sql`select p.id as person_id, m.id as membership_id from person p
      join membership m on m.person_id = p.id where p.username = ${username}`),
  );
  const { token, csrfToken } = await createSession(db, user!.person_id, user!.membership_id);
  return {
    services: {
      db,
      accounts: createAccounts(db),
      authority: makeAuthority(corePermissions),
      stepKinds: runDomain(makeStepKindRegistry(coreStepKinds)),
      log: { info() {}, warn() {}, error() {} },
      notifications: makeNotificationTemplates([]),
      events: makeEventBus(coreEventList, [{ id: "test-plugin", subscriptions }]),
      errorText: makeErrorTranslator([coreErrorTranslations]),
    },
    transport: {
      ip: null,
      header: (name) => (name === "x-polku-csrf" ? csrfToken : undefined),
      cookie: () => undefined,
      setCookie() {},
      clearCookie() {},
    },
    sessionTokenHash: sha256(token),
    actor: null,
  };
}
