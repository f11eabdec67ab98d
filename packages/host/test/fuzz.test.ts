/**
 * Fuzzes every procedure of the demo deployment's composed router (the core's and every plugin's) over
 * HTTP, as a demo user whose role may call it, with inputs generated from the procedure's own input
 * schema: valid ones, and invalid ones made from them (see support/mutations.ts). Every response must
 * be free of 5xx, stack traces, SQL and internal messages, and every BAD_REQUEST must name the field.
 * A new procedure is covered as soon as it is in the router: nothing here names a procedure.
 *
 * POLKU_FUZZ_SEED sets the seed (printed with the counts), POLKU_FUZZ_RUNS the inputs per procedure
 * (at least 200), POLKU_FUZZ_VERBOSE=1 prints how many valid inputs of each procedure went through.
 */
import { testDatabases } from "@polku/db/testing";
import { startTestApi } from "@polku/plugin-sdk/testing";
import { AUTHENTICATED, effectSchemaOf, fallbackSentence, PUBLIC } from "@polku/trpc";
import type { AnyProcedure, AnyRouter } from "@trpc/server";
import { Schema } from "effect";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arbitraryOf } from "./support/arbitrary.ts";
import {
  badRequestProblem,
  DEMO_USERNAMES,
  DemoSession,
  errorOf,
  leaksIn,
  post,
  type Reply,
  stringsIn,
  untranslatedIn,
} from "./support/fuzz-http.ts";
import { type Mutation, mutate, mutations, seededRandom } from "./support/mutations.ts";

const SEED = Number(process.env.POLKU_FUZZ_SEED ?? 20_260_601);
const RUNS = Math.max(200, Number(process.env.POLKU_FUZZ_RUNS ?? 200));
/** Calls in flight at once: PGlite runs them one after another anyway; PostgreSQL has a small pool. */
const CONCURRENCY = 8;
/** Inputs that succeeded, replayed per procedure with one place made bad. */
const REPLAYS = 40;
const replayMutations: readonly Mutation[] = [
  "control-character",
  "lone-surrogate",
  "long-string",
  "huge-number",
  "unknown-field",
  "injection",
];
/** What a Finnish reply says for a message with no Finnish words (none is expected). */
const FINNISH_FALLBACK = fallbackSentence.fi;
/** Bodies that are not JSON at all. */
const GARBAGE_BODIES = ["{", "nul", '{"a":', "\u0000", "[]]", '"unterminated'];

interface Target {
  readonly path: string;
  readonly type: "query" | "mutation" | "subscription";
  readonly permission: string | undefined;
  readonly hasInput: boolean;
  readonly schema: Schema.Top | undefined;
}

interface Case {
  readonly kind: "valid" | Mutation | "garbage" | "no-input";
  readonly input: unknown;
  readonly body: string | undefined;
}

function targetsOf(router: AnyRouter): Target[] {
  const procedures = router._def.procedures as Record<string, AnyProcedure>;
  return Object.entries(procedures).map(([path, procedure]) => {
    const def = procedure._def as unknown as {
      type: Target["type"];
      inputs: unknown[];
      meta?: { permission?: string };
    };
    return {
      path,
      type: def.type,
      permission: def.meta?.permission,
      hasInput: def.inputs.length > 0,
      schema: def.inputs.length > 0 ? effectSchemaOf(def.inputs[0]) : undefined,
    };
  });
}

/**
 * Reads first (their answers give the ids the later inputs use), then writes; the session's own
 * procedures last, logging in last of all (its failures count against the address's login limit).
 */
const order = (t: Target) =>
  t.path === "auth.login" ? 3 : t.path.startsWith("auth.") ? 2 : t.type === "query" ? 0 : 1;

const UUID_ONLY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function inPool<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

const short = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}…` : text);

describe.each(testDatabases())("every procedure, fuzzed over HTTP ($kind)", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    api = await startTestApi(kind);
  });
  afterAll(() => api?.close());

  it("answers valid and invalid inputs with no 5xx or leak, and names the field of every BAD_REQUEST", async () => {
    const started = Date.now();
    const targets = targetsOf(api.deployment.router).sort((a, b) => order(a) - order(b));
    const sessions = DEMO_USERNAMES.map((username) => new DemoSession(api.url, username));
    for (const session of sessions) await session.login();

    // Ids by the key they came under in a response ("studentId", or "id" of "students.list").
    const knownIds = new Map<string, Set<string>>();
    const knownStrings = new Map<string, Set<string>>();
    const strings = (field: string | undefined) => [...(field ? (knownStrings.get(field) ?? []) : [])];
    const allIds = new Set<string>();
    const harvest = (path: string, value: unknown) => {
      if (Array.isArray(value)) for (const v of value) harvest(path, v);
      else if (value && typeof value === "object") {
        for (const [key, v] of Object.entries(value)) {
          if (typeof v === "string" && UUID_ONLY.test(v)) {
            const under = key === "id" ? `id@${path}` : key;
            if (!knownIds.has(under)) knownIds.set(under, new Set());
            knownIds.get(under)!.add(v);
            allIds.add(v);
          } else if (typeof v === "string" && v.length <= 100) {
            const values = knownStrings.get(key) ?? new Set<string>();
            if (values.size < 200) values.add(v);
            knownStrings.set(key, values);
          } else harvest(path, v);
        }
      }
    };
    const idCache = new Map<string, { size: number; ids: string[] }>();
    /** The ids for a field: those seen under its name, or under "id" of a procedure named like it. */
    const ids = (field: string | undefined) => {
      const stem = field?.replace(/Ids?$/, "").toLowerCase();
      const key = stem ?? "";
      const cached = idCache.get(key);
      if (cached && cached.size === allIds.size) return cached.ids;
      const found = new Set<string>();
      if (stem) {
        for (const [under, values] of knownIds) {
          const name = under.toLowerCase();
          if (
            name === field!.toLowerCase() ||
            name === `${stem}ids` ||
            (name.startsWith("id@") && name.includes(stem))
          ) {
            for (const v of values) found.add(v);
          }
        }
      }
      const list = [...(found.size > 0 ? found : allIds)];
      idCache.set(key, { size: allIds.size, ids: list });
      return list;
    };
    const failures = new Map<string, string[]>();
    const fail = (key: string, example: string) => {
      const examples = failures.get(key) ?? [];
      if (examples.length < 2) examples.push(example);
      failures.set(key, examples);
    };
    const untranslatedPaths = new Set<string>();
    const statuses = new Map<number, number>();
    let inputs = 0;
    let validGenerated = 0;
    let validAccepted = 0;

    for (const [index, target] of targets.entries()) {
      // Who may call it: anyone for a public procedure, else each demo user whose role has the permission.
      const callers: Array<DemoSession | null> =
        target.permission === PUBLIC
          ? [null]
          : sessions.filter(
              (s) =>
                target.permission === AUTHENTICATED ||
                (target.permission !== undefined &&
                  api.deployment.authority.can(s.role as never, target.permission)),
            );
      if (callers.length === 0) {
        fail(`${target.path}: no demo user's role may call it`, `permission ${target.permission}`);
        continue;
      }
      if (target.hasInput && !target.schema) {
        fail(`${target.path}: its input is not made with input(), so it cannot be derived`, "");
        continue;
      }

      const seed = SEED + index;
      const rng = seededRandom(seed);
      const cases: Case[] = [];
      const json = (input: unknown) => (input === undefined ? undefined : JSON.stringify(input));
      if (target.schema) {
        const arbitrary = arbitraryOf(target.schema, { knownIds: ids, knownStrings: strings });
        const invalidEach = Math.ceil((RUNS * 0.6) / mutations.length);
        const validCount = RUNS - invalidEach * mutations.length - GARBAGE_BODIES.length;
        const samples = fc.sample(arbitrary, { numRuns: validCount + invalidEach * mutations.length, seed });
        const accepts = Schema.is(target.schema);
        for (const input of samples.slice(0, validCount)) {
          cases.push({ kind: "valid", input, body: json(input) });
          validGenerated++;
          if (accepts(input)) validAccepted++;
        }
        mutations.forEach((mutation, m) => {
          for (let i = 0; i < invalidEach; i++) {
            const input = mutate(samples[validCount + m * invalidEach + i], mutation, rng, i);
            cases.push({ kind: mutation, input, body: json(input) });
          }
        });
      } else {
        // No input: whatever is sent is ignored, and must stay so.
        const junk = fc.sample(fc.jsonValue({ maxDepth: 3 }), {
          numRuns: RUNS - GARBAGE_BODIES.length,
          seed,
        });
        cases.push({ kind: "no-input", input: undefined, body: undefined });
        for (const input of junk.slice(1)) cases.push({ kind: "no-input", input, body: json(input) });
      }
      for (const body of GARBAGE_BODIES) cases.push({ kind: "garbage", input: body, body });

      const succeeded: unknown[] = [];
      const check = async (c: Case) => {
        const n = inputs++;
        const caller = callers[n % callers.length]!;
        // Every other call asks for Finnish, as the portal does: its failures must all have Finnish words.
        const language = n % 2 === 1 ? "fi" : undefined;
        let reply: Reply;
        try {
          reply = await post(api.url, target.path, caller?.credentials ?? null, c.body, language);
        } catch (error) {
          fail(`${target.path}: the request failed (${(error as Error).message})`, short(c.body ?? ""));
          return;
        }
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        const who = caller ? `${caller.username} (${caller.role})` : "anonymous";
        const example = `as ${who}, ${c.kind} input ${short(c.body ?? "(none)")} → ${reply.status} ${short(reply.text)}`;
        if (reply.status >= 500) fail(`${target.path}: ${reply.status}`, example);
        for (const leak of leaksIn(reply.text, c.input)) {
          fail(`${target.path}: the response shows ${leak}`, example);
        }
        const error = errorOf(reply.json);
        // The sources' own test (core-translations.test.ts) fails on a message without words; this finds
        // one the extraction still misses, said to a person as the general sentence instead.
        if (language && untranslatedIn(error, FINNISH_FALLBACK)) {
          untranslatedPaths.add(target.path);
          fail(`${target.path}: a Finnish reply without Finnish words`, example);
        }
        // A body that is not JSON has no field to name: it must only be refused, without a leak.
        if (c.kind === "garbage") {
          if (reply.status < 400) fail(`${target.path}: a body that is not JSON was taken`, example);
        } else if (error?.data?.code === "BAD_REQUEST") {
          const problem = badRequestProblem(error, c.input);
          if (problem) {
            fail(`${target.path}: a BAD_REQUEST where ${problem.split(":")[0]}`, `${problem}; ${example}`);
          }
        }
        if (reply.status === 200) {
          harvest(target.path, (reply.json as { result?: { data?: unknown } })?.result?.data);
          if (c.kind === "valid" && c.input !== undefined) succeeded.push(c.input);
        }
        await caller?.renewIfChanged(reply);
      };
      await inPool(cases, CONCURRENCY, check);
      if (process.env.POLKU_FUZZ_VERBOSE)
        console.log(`${target.path}: ${succeeded.length} valid inputs succeeded`);
      // Inputs that went through, each with one string or number made bad: the rest of the input now
      // reaches the code behind validation (the database), which a wholly random input seldom does.
      if (succeeded.length > 0) {
        const replays: Case[] = [];
        // Each string of the inputs in turn, then the other mutations, up to REPLAYS.
        for (const [k, input] of succeeded.entries()) {
          const count = stringsIn(input).length;
          for (let j = 0; j < count && replays.length < REPLAYS / 2; j++) {
            const mutation = (j + k) % 3 === 2 ? "lone-surrogate" : "control-character";
            const bad = mutate(input, mutation, rng, j);
            replays.push({ kind: mutation, input: bad, body: json(bad) });
          }
        }
        for (let i = 0; replays.length < REPLAYS; i++) {
          const mutation = replayMutations[i % replayMutations.length]!;
          const input = mutate(succeeded[i % succeeded.length], mutation, rng, i);
          replays.push({ kind: mutation, input, body: json(input) });
        }
        await inPool(replays, CONCURRENCY, check);
      }
    }

    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    const logins = sessions.reduce((n, s) => n + s.logins, 0);
    console.log(
      `fuzz (${kind}, seed ${SEED}): ${targets.length} procedures, ${total} inputs (${RUNS} each, and up ` +
        `to ${REPLAYS} replays of those that succeeded) in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `${validAccepted} of ${validGenerated} generated inputs valid by their schema; ${allIds.size} ids reused; ${logins} logins; ` +
        `Finnish replies without Finnish words in ${untranslatedPaths.size} procedures${untranslatedPaths.size > 0 ? ` (${[...untranslatedPaths].join(", ")})` : ""}`,
    );
    const report = [...failures].map(([key, examples]) => `${key}\n    ${examples.join("\n    ")}`);
    expect(report, report.join("\n")).toEqual([]);
    expect(targets.length).toBeGreaterThan(50);
  }, 900_000);
});
