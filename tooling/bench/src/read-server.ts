/**
 * Child process of the read benchmark: the real API (demo deployment) and, beside it, two plain Fastify
 * baselines for `pathway.get`:
 * - `/bare/pathway/:id` runs the same SELECTs with no session, no RLS and no audit entry;
 * - `/same-work/pathway/:id` does the same database work as the API, written plainly with the driver
 *   (see sameWork below).
 * Prints one JSON line with the addresses.
 */
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appRole, createDb, rowsOf, UNNAMED } from "@polku/db";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import Fastify from "fastify";
import postgres from "postgres";
import { startBenchApi } from "./bench-api.ts";

/** The owner's URL: the baselines connect as the owner (same-work then switches role), in pools of the API's size. */
const url = process.env.BENCH_DATABASE_URL || undefined;
const requestUrl = process.env.BENCH_REQUEST_DATABASE_URL || undefined;
const database = await createDb(
  url ? { url, requestUrl } : { url: "", dataDir: mkdtempSync(join(tmpdir(), "polku-read-")) },
);
/** The bare route's connection: PGlite's one instance, or a pool of 10 (the owner's pool holds only 3). */
const bareDb = url ? drizzle(postgres(url, { max: 10, onnotice: () => {} })) : database.db;
const api = await startBenchApi(database);

const bare = Fastify({ logger: false });
bare.get<{ Params: { id: string } }>("/bare/pathway/:id", async (req) => {
  const id = req.params.id;
  const [student] = rowsOf<{ id: string; provider_id: string }>(
    await bareDb.execute(
      sql`select id, provider_id, first_name, last_name, birth_date, phase from student where id = ${id}`,
    ),
  );
  if (!student) return { error: "not found" };
  const steps = rowsOf(
    await bareDb.execute(sql`select s.id, s.kind, s.phase, s.status, s.starts_on, s.ends_on, s.note, s.created_at,
        o.name as organisation_name, p.first_name as recorded_by_name, s.revised_at, s.revision_reason,
        r.first_name || ' ' || r.last_name as revised_by_name
      from pathway_step s left join organisation o on o.id = s.organisation_id left join person p on p.id = s.recorded_by
        left join person r on r.id = s.revised_by
      where s.provider_id = ${student.provider_id} and s.student_id = ${student.id} order by s.created_at, s.id`),
  );
  const outcomes = rowsOf(
    await bareDb.execute(sql`select id, kind, occurred_on, employment_months, note from outcome
      where provider_id = ${student.provider_id} and student_id = ${student.id} order by occurred_on desc`),
  );
  return { student, steps, outcomes };
});

/** As packages/trpc/src/auth/sessions.ts has them: the cookie and its hash. */
const SESSION_COOKIE = "polku_session";
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** One statement of a transaction, straight to the driver: the rows it returns. */
type Query = (text: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;
type Begin = <T>(work: (query: Query) => Promise<T>) => Promise<T>;

/**
 * A transaction on the driver itself, as it comes: PGlite's own (the API's one instance, each statement
 * sent unnamed as its `query` does; not the prepared statements of the API's driver path, see
 * packages/db/src/pglite-prepared.ts), or a postgres.js pool of the API's size on the same database,
 * with prepared statements as its tagged templates use.
 */
function driver(): { begin: Begin; close: () => Promise<void> } {
  if (!url) {
    const pg = database.embedded;
    if (!pg) throw new Error("PGlite's instance is missing.");
    return {
      begin: (work) =>
        pg.transaction((tx) =>
          work(async (text, params) => (await tx.query(text, [...params])).rows as Record<string, unknown>[]),
        ),
      close: async () => {},
    };
  }
  const client = postgres(url, { max: 10, onnotice: () => {} });
  // postgres.js types a transaction's result by what the callback returns; here that is always T.
  const begin = <T>(work: (query: Query) => Promise<T>) =>
    client.begin((tx) =>
      work((text, params) =>
        tx.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: !text.startsWith(UNNAMED) }),
      ),
    ) as unknown as Promise<T>;
  return { begin, close: () => client.end() };
}

const plain = driver();

/**
 * What the API's pathway.get does in the database, in one transaction and nothing more: one statement
 * switches to the app role and finds the live session by the cookie token's hash (polku_begin_request,
 * which makes it the scope of row-level security); the student, then by its provider and id its steps
 * (with who recorded and who revised each) and outcomes, and the audit entry of the read. The steps,
 * outcomes and audit entry go together, as pathway.get sends them (postgres.js pipelines them on the
 * connection).
 */
async function sameWork(token: string | undefined, studentId: string, ip: string) {
  if (!token) return { status: 401 as const };
  return plain.begin(async (query) => {
    const [begun] = await query(
      `${UNNAMED} select set_config('role', $1, true) as role_set,
              (select row_to_json(r) from polku_begin_request($2, 'pathway.get', $3) r) as actor`,
      [appRole, sha256(token), ip],
    );
    const actor = begun?.actor as { person_id: string; role: string; organisation_id: string } | null;
    if (!actor) return { status: 401 as const };
    const role = actor.role;
    const [student] = await query(
      "select id, provider_id, first_name, last_name, birth_date, phase from student where id = $1",
      [studentId],
    );
    if (!student) return { status: 404 as const };
    const [steps, outcomes] = await Promise.all([
      query(
        `select s.id, s.kind, s.phase, s.status, s.starts_on, s.ends_on, s.note, s.created_at,
                o.name as organisation_name, p.first_name as recorded_by_name, s.revised_at, s.revision_reason,
                r.first_name || ' ' || r.last_name as revised_by_name
           from pathway_step s
           left join organisation o on o.id = s.organisation_id
           left join person p on p.id = s.recorded_by
           left join person r on r.id = s.revised_by
          where s.provider_id = $1 and s.student_id = $2
          order by s.created_at, s.id limit 1000`,
        [student.provider_id, student.id],
      ),
      query(
        `select id, kind, occurred_on, employment_months, note from outcome
          where provider_id = $1 and student_id = $2 order by occurred_on desc limit 1000`,
        [student.provider_id, student.id],
      ),
      query(
        `insert into audit_log (provider_id, actor_person_id, actor_organisation_id, actor_role, student_id,
                                action, procedure, ip)
         values ($1, $2, $3, $4, $5, 'read', 'pathway.get', $6)`,
        [student.provider_id, actor.person_id, actor.organisation_id, role, student.id, ip],
      ),
    ]);
    return { status: 200 as const, body: { student, steps, outcomes } };
  });
}

const cookie = (header: string | undefined, name: string) =>
  header
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([key]) => key === name)?.[1];

bare.get<{ Params: { id: string } }>("/same-work/pathway/:id", async (req, reply) => {
  const result = await sameWork(cookie(req.headers.cookie, SESSION_COOKIE), req.params.id, req.ip);
  if (result.status !== 200) return reply.code(result.status).send({ error: result.status });
  return result.body;
});

const bareAddress = await bare.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`${JSON.stringify({ api: api.address, bare: bareAddress, database: database.kind })}\n`);
process.on("SIGTERM", async () => {
  await bare.close();
  await plain.close();
  await api.close();
  await database.close();
  process.exit(0);
});
