/** What the API tests share: a trainer's training with a partner and adult learners, made through the API. */

import { sql } from "@polku/plugin-sdk/drizzle";
import { loginAs, rowsOf, type TestApi } from "@polku/plugin-sdk/testing";
import type { PluginRouter } from "../src/router.ts";

export const id = "kaikkien-jatkopolku";
export const PARTNER_NAME = "Mikkelin nuorisopalvelut";

export async function trainerOf(api: TestApi) {
  const tutor = await loginAs(api.url, "omaohjaaja");
  return { tutor, plugin: tutor.plugin<PluginRouter>(id) };
}

/** Adults of the tutor's provider not yet in any training of this plugin. */
export async function adults(api: TestApi, count: number, skip = 0) {
  const { tutor } = await trainerOf(api);
  const all = await tutor.trpc.students.list.query({ limit: 200 });
  return all.filter((s) => !s.minor).slice(skip, skip + count);
}

/** A date `days` from today, as YYYY-MM-DD. */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function partnerOrganisationId(api: TestApi) {
  const [row] = rowsOf<{ id: string }>(
    await api.db.execute(sql`select id from organisation where name = ${PARTNER_NAME}`),
  );
  return row!.id;
}

export async function personIdOf(api: TestApi, username: string) {
  const [row] = rowsOf<{ id: string }>(
    await api.db.execute(sql`select id from person where username = ${username}`),
  );
  return row!.id;
}
