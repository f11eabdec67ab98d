import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import postgres from "postgres";
import { fmt, median, table } from "./stats.ts";

interface Run {
  rps: number;
  p99: number;
  errors: number;
}

const load = (url: string, options: Partial<autocannon.Options>, seconds: number): Promise<Run> =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: 10, duration: seconds, ...options }, (error, result) => {
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
  const list = await fetch(
    `${api}/trpc/students.list?input=${encodeURIComponent(JSON.stringify({ limit: 1 }))}`,
    {
      headers: { cookie },
    },
  );
  const body = (await list.json()) as { result: { data: Array<{ id: string }> } };
  return { cookie, studentId: body.result.data[0]!.id };
}

/**
 * Throughput of an authenticated tRPC read of one student's pathway (session check, RLS settings, the
 * SELECTs and an audit INSERT in one transaction) against a bare Fastify route running the same
 * SELECTs, in one run, on the same database. Rounds alternate so drift hits both sides alike.
 */
export async function readThroughput(kind: "pglite" | "postgres", seconds = 10, rounds = 3) {
  let dropDatabase: (() => Promise<void>) | undefined;
  let databaseUrl = "";
  if (kind === "postgres") {
    const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const name = `polku_bench_${Date.now()}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
  const child = spawn(tsx, [fileURLToPath(new URL("./read-server.ts", import.meta.url))], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", resolve);
      child.once("exit", (code) => reject(new Error(`read server exited with ${code}`)));
    });
    const { api, bare } = JSON.parse(line) as { api: string; bare: string };
    const { cookie, studentId } = await login(api);
    const trpc = () =>
      load(
        `${api}/trpc/pathway.get`,
        {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({ studentId }),
        },
        seconds,
      );
    const plain = () => load(`${bare}/bare/pathway/${studentId}`, {}, seconds);
    await trpc();
    await plain(); // warm-up, not counted
    const t: Run[] = [];
    const b: Run[] = [];
    for (let i = 0; i < rounds; i++) {
      t.push(await trpc());
      b.push(await plain());
    }
    const errors = [...t, ...b].reduce((sum, r) => sum + r.errors, 0);
    if (errors > 0) throw new Error(`${errors} requests failed during the benchmark`);
    const tr = median(t.map((r) => r.rps));
    const br = median(b.map((r) => r.rps));
    console.log(`\n## Pathway read, ${kind}: ${rounds} rounds of ${seconds} s, 10 connections (medians)\n`);
    table([
      {
        route: "tRPC pathway.get (session, RLS, audit)",
        "req/s": fmt(tr, 0),
        "p99 ms": fmt(median(t.map((r) => r.p99)), 1),
      },
      {
        route: "baseline: bare Fastify, same SELECTs",
        "req/s": fmt(br, 0),
        "p99 ms": fmt(median(b.map((r) => r.p99)), 1),
      },
    ]);
    console.log(`ratio tRPC / bare: ${fmt(tr / br, 2)}`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    await dropDatabase?.();
  }
}
