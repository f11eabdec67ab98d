import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { benchPostgres } from "./bench-db.ts";
import { fmt, median, table } from "./stats.ts";

interface Run {
  rps: number;
  p99: number;
  errors: number;
}

/** Concurrent connections of the load, each one person's browser with a session of its own. */
const CONNECTIONS = 10;

const load = (url: string, options: Partial<autocannon.Options>, seconds: number): Promise<Run> =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, ...options }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    });
  });

async function login(api: string) {
  const response = await fetch(`${api}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-polku-csrf": "1" },
    body: JSON.stringify({ username: "omaohjaaja", password: "polku-demo" }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  // Every tRPC call as POST, its input the body: the API refuses GET, so inputs never land in URLs.
  const list = await fetch(`${api}/trpc/students.list`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ limit: 1 }),
  });
  if (!list.ok) throw new Error(`students.list answered ${list.status}: ${await list.text()}`);
  const body = (await list.json()) as { result: { data: Array<{ id: string }> } };
  return { cookie, studentId: body.result.data[0]!.id };
}

/**
 * Throughput of an authenticated tRPC read of one student's pathway (session check, RLS settings, the
 * SELECTs and an audit INSERT in one transaction) against two plain Fastify baselines in the same run on
 * the same database: a route running only the same SELECTs, and one doing the same database work as
 * the API (the session lookup, the RLS settings, the SELECTs and the audit INSERT in one transaction,
 * straight on the driver). Rounds alternate so drift hits every side alike.
 */
export async function readThroughput(kind: "pglite" | "postgres", seconds = 10, rounds = 3) {
  const server = kind === "postgres" ? await benchPostgres("read") : undefined;
  const dropDatabase = server?.drop;
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
  const child = spawn(tsx, [fileURLToPath(new URL("./read-server.ts", import.meta.url))], {
    env: {
      ...process.env,
      BENCH_DATABASE_URL: server?.url ?? "",
      BENCH_REQUEST_DATABASE_URL: server?.requestUrl ?? "",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`read server exited with ${code}`)));
    });
    const { api, bare } = JSON.parse(line) as { api: string; bare: string };
    // One session per connection: the API lets one session have only a few requests open at once, as a
    // person's browser has.
    const sessions: Array<Awaited<ReturnType<typeof login>>> = [];
    for (let i = 0; i < CONNECTIONS; i++) sessions.push(await login(api));
    const studentId = sessions[0]!.studentId;
    const eachWithASession = (headers: Record<string, string>) => {
      let next = 0;
      return (client: { setHeaders(headers: Record<string, string>): void }) =>
        client.setHeaders({ ...headers, cookie: sessions[next++ % sessions.length]!.cookie });
    };
    const trpc = () =>
      load(
        `${api}/trpc/pathway.get`,
        {
          method: "POST",
          setupClient: eachWithASession({ "content-type": "application/json" }),
          body: JSON.stringify({ studentId }),
        },
        seconds,
      );
    const plain = () => load(`${bare}/bare/pathway/${studentId}`, {}, seconds);
    const sameWork = () =>
      load(`${bare}/same-work/pathway/${studentId}`, { setupClient: eachWithASession({}) }, seconds);
    await trpc();
    await plain();
    await sameWork(); // warm-up, not counted
    const t: Run[] = [];
    const b: Run[] = [];
    const w: Run[] = [];
    for (let i = 0; i < rounds; i++) {
      t.push(await trpc());
      b.push(await plain());
      w.push(await sameWork());
    }
    const errors = [...t, ...b, ...w].reduce((sum, r) => sum + r.errors, 0);
    if (errors > 0) throw new Error(`${errors} requests failed during the benchmark`);
    const rps = (runs: Run[]) => median(runs.map((r) => r.rps));
    const p99 = (runs: Run[]) => fmt(median(runs.map((r) => r.p99)), 1);
    console.log(`\n## Pathway read, ${kind}: ${rounds} rounds of ${seconds} s, 10 connections (medians)\n`);
    table([
      { route: "tRPC pathway.get (session, RLS, audit)", "req/s": fmt(rps(t), 0), "p99 ms": p99(t) },
      {
        route: "baseline: plain Fastify, same database work",
        "req/s": fmt(rps(w), 0),
        "p99 ms": p99(w),
      },
      { route: "baseline: bare Fastify, same SELECTs only", "req/s": fmt(rps(b), 0), "p99 ms": p99(b) },
    ]);
    console.log(`ratio tRPC / same database work: ${fmt(rps(t) / rps(w), 2)}`);
    console.log(`ratio tRPC / bare SELECTs: ${fmt(rps(t) / rps(b), 2)}`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    await dropDatabase?.();
  }
}
