/**
 * A process whose scheduled job hangs in the database, for the test that kills it mid-run: one pass of
 * its scheduler against DATABASE_URL (POLKU_APP_DATABASE_URL for the run).
 */
import { createDb } from "@polku/db";
import { schedule } from "@polku/plugin-sdk/server";
import { sql } from "drizzle-orm";
import { demoDeployment, eseduWith, schedulerFor } from "./jobs.ts";

const polku = await createDb({ url: process.env.DATABASE_URL!, poolSize: 2 });
const hangs = schedule({
  id: "killed-mid-run",
  every: "1 day",
  timeout: "3 seconds",
  run: async ({ tx }) => {
    await tx.execute(sql`select pg_sleep(60) /* killed-mid-run */`);
  },
});
const scheduler = await schedulerFor(polku, [eseduWith(await demoDeployment(), [hangs])]);
await scheduler.runDue();
await polku.close();
