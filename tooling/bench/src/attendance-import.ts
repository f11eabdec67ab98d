import { rowsOf, schema } from "@polku/db";
import { sql } from "drizzle-orm";
import { startBenchApi } from "./bench-api.ts";
import { benchDatabase } from "./bench-db.ts";
import { fmt, median, table } from "./stats.ts";

const STUDENTS = 100;
const LESSONS = 100;
const CHUNK = 5_000; // 7 parameters a row: PostgreSQL takes at most 65,535 parameters a statement.

export async function login(api: string) {
  const response = await fetch(`${api}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-polku-csrf": "1" },
    body: JSON.stringify({ username: "opettaja", password: "polku-demo" }),
  });
  const body = (await response.json()) as { result: { data: { csrfToken: string } } };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, csrf: body.result.data.csrfToken };
}

/**
 * Bulk attendance: one import of 10,000 marks (100 students x 100 lessons of one day) through the API
 * (HTTP, tRPC, CSV parsing, validation, student lookup, RLS, one upsert statement, an audit entry per
 * student) against a plain multi-row INSERT of the same rows into the same table, in the same run.
 */
export async function attendanceImport(kind: "pglite" | "postgres", rounds = 3) {
  const { database, dispose } = await benchDatabase(kind, "att");
  const api = await startBenchApi(database, { deployment: "core-only" });
  try {
    const { cookie, csrf } = await login(api.address);
    const [provider] = rowsOf<{ provider_id: string }>(
      await database.db.execute(
        sql`select s.provider_id from student s group by s.provider_id order by count(*) desc limit 1`,
      ),
    );
    const students = rowsOf<{ id: string; learner_oid: string }>(
      await database.db.execute(
        sql`select id, learner_oid from student where provider_id = ${provider!.provider_id} order by id limit ${STUDENTS}`,
      ),
    );
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const statuses = ["present", "present", "present", "absent", "late", "excused"];
    const marks = students.flatMap((s, i) =>
      Array.from({ length: LESSONS }, (_, l) => ({
        student: s,
        lesson: String(l + 1),
        status: statuses[(i + l) % 6]!,
      })),
    );
    const csv = [
      "opiskelija;oppitunti;merkintä",
      ...marks.map((m) => `${m.student.learner_oid};${m.lesson};${m.status}`),
    ].join("\n");
    const clear = () => database.db.execute(sql`delete from attendance_mark where day = ${day}`);

    const viaApi = async () => {
      await clear();
      const started = performance.now();
      const response = await fetch(`${api.address}/trpc/attendance.import`, {
        method: "POST",
        headers: { cookie, "x-polku-csrf": csrf, "content-type": "application/json" },
        body: JSON.stringify({ day, csv }),
      });
      const elapsed = performance.now() - started;
      if (!response.ok)
        throw new Error(`import failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
      return elapsed;
    };
    const plain = async () => {
      await clear();
      const started = performance.now();
      for (let i = 0; i < marks.length; i += CHUNK) {
        const rows = marks.slice(i, i + CHUNK).map((m) => ({
          providerId: provider!.provider_id,
          studentId: m.student.id,
          day,
          lesson: m.lesson,
          status: m.status,
          minutesLate: m.status === "late" ? 5 : null,
        }));
        await database.db.insert(schema.attendanceMark).values(rows);
      }
      return performance.now() - started;
    };
    await viaApi();
    await plain(); // warm-up
    const a: number[] = [];
    const p: number[] = [];
    for (let i = 0; i < rounds; i++) {
      a.push(await viaApi());
      p.push(await plain());
    }
    const [count] = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from attendance_mark where day = ${day}`),
    );
    if (count?.n !== marks.length) throw new Error(`expected ${marks.length} marks, found ${count?.n}`);
    console.log(
      `\n## Bulk attendance import, ${kind}: ${marks.length.toLocaleString("en")} marks (median of ${rounds})\n`,
    );
    table([
      { how: "attendance.import over HTTP (CSV, checks, RLS, audit)", "median ms": fmt(median(a), 0) },
      { how: "baseline: plain multi-row INSERT (drizzle, 2 statements)", "median ms": fmt(median(p), 0) },
    ]);
    console.log(`ratio import / plain INSERT: ${fmt(median(a) / median(p), 2)}`);
  } finally {
    await api.close();
    await dispose();
  }
}
