/**
 * Child process of the read benchmark: the real API (demo deployment) and, beside it, a bare Fastify
 * route that runs the same SELECTs as `pathway.get` with no session, no RLS and no audit entry.
 * Prints one JSON line with both addresses.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPolku } from "@polku/api/start";
import { createDb, rowsOf } from "@polku/db";
import { sql } from "drizzle-orm";
import Fastify from "fastify";

const url = process.env.BENCH_DATABASE_URL || undefined;
const database = await createDb(
  url ? { url } : { url: "", dataDir: mkdtempSync(join(tmpdir(), "polku-read-")) },
);
const api = await startPolku({
  deployment: "demo",
  port: 0,
  host: "127.0.0.1",
  seedDemo: true,
  secureCookies: false,
  database,
  logLevel: "error",
});

const bare = Fastify({ logger: false });
bare.get<{ Params: { id: string } }>("/bare/pathway/:id", async (req) => {
  const id = req.params.id;
  const [student] = rowsOf<{ id: string; provider_id: string }>(
    await database.db.execute(
      sql`select id, provider_id, first_name, last_name, birth_date, phase from student where id = ${id}`,
    ),
  );
  if (!student) return { error: "not found" };
  const steps = rowsOf(
    await database.db.execute(sql`select s.id, s.kind, s.phase, s.status, s.starts_on, s.ends_on, s.note, s.created_at,
        o.name as organisation_name, p.first_name as recorded_by_name
      from pathway_step s left join organisation o on o.id = s.organisation_id left join person p on p.id = s.recorded_by
      where s.provider_id = ${student.provider_id} and s.student_id = ${student.id} order by s.created_at, s.id`),
  );
  const outcomes = rowsOf(
    await database.db.execute(sql`select id, kind, occurred_on, employment_months, note from outcome
      where provider_id = ${student.provider_id} and student_id = ${student.id} order by occurred_on desc`),
  );
  return { student, steps, outcomes };
});
const bareAddress = await bare.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`${JSON.stringify({ api: api.address, bare: bareAddress, database: database.kind })}\n`);
process.on("SIGTERM", async () => {
  await bare.close();
  await api.close();
  await database.close();
  process.exit(0);
});
