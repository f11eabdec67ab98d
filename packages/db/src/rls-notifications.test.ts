import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, rowsOf } from "./client.ts";
import { seedDemoRegion } from "./demo/seed.ts";
import { type ActorScope, createTestDb, inScope, type TestDb, testDatabases } from "./testing.ts";

/**
 * The core's notification outbox (migration 0013), through SQL as the application role: it writes only
 * through `polku.notify` and friends, a provider's staff notify only their provider's people about its
 * students, and a recipient reads and marks only their own.
 */
describe.each(testDatabases())("the notification outbox on $kind", ({ kind }) => {
  let t: TestDb;
  let teacher: ActorScope;
  let otherTutor: ActorScope;
  let guardian: ActorScope;
  let ward: string;
  let foreignStudent: string;
  let foreignPerson: string;
  let classmate: string;
  beforeAll(async () => {
    t = await createTestDb(kind);
    const region = (await seedDemoRegion(t.db, async () => "not-a-real-hash"))!;
    const [a, b] = region.providers;
    const person = async (username: string) =>
      rowsOf<{ id: string }>(await t.db.execute(sql`select id from person where username = ${username}`))[0]!
        .id;
    teacher = {
      providerId: a!.id,
      organisationId: a!.id,
      personId: await person("opettaja"),
      role: "teacher",
    };
    otherTutor = {
      providerId: b!.id,
      organisationId: b!.id,
      personId: await person("harju.ohjaaja"),
      role: "tutor",
    };
    const guardianId = await person("huoltaja");
    guardian = { providerId: null, organisationId: null, personId: guardianId, role: "guardian" };
    ward = rowsOf<{ id: string }>(
      await t.db.execute(
        sql`select student_id as id from guardian where person_id = ${guardianId}::uuid limit 1`,
      ),
    )[0]!.id;
    foreignStudent = region.students.find((s) => s.providerId === b!.id)!.id;
    foreignPerson = otherTutor.personId!;
    classmate = region.students.find((s) => s.providerId === a!.id && s.id !== ward)!.id;
  }, 120_000);
  afterAll(() => t?.dispose());

  const notify = (
    tx: Database,
    key: string,
    o: {
      provider?: string;
      to?: string;
      about?: string;
      email?: string;
      template?: string;
      data?: string;
    } = {},
  ) =>
    tx.execute(sql`select polku.notify(${o.provider ?? teacher.providerId}::uuid, 'test-plugin', ${key},
      ${o.to ?? guardian.personId}::uuid, ${o.email ?? null}, ${o.template ?? "test-plugin.hello"},
      ${o.data ?? '{"n":1}'}::jsonb, '{email,inbox}'::text[], now() - interval '1 minute',
      ${`{${o.about ?? ward}}`}::uuid[]) as id`);

  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => "accepted",
      (e: { code?: string; cause?: { code?: string } }) => e.cause?.code ?? e.code ?? "error",
    );

  it("lets a provider's staff notify its people about its students, and replaces one that waits", async () => {
    const [first] = rowsOf<{ id: string }>(await inScope(t.db, teacher, (tx) => notify(tx, "k1")));
    expect(first!.id).toMatch(/^[0-9a-f-]{36}$/);
    const [again] = rowsOf<{ id: string }>(await inScope(t.db, teacher, (tx) => notify(tx, "k1")));
    expect(again!.id).toBe(first!.id);
    // Once it has gone out it is not recorded again.
    await t.db.execute(sql`update notification set status = 'sent' where id = ${first!.id}::uuid`);
    const [gone] = rowsOf<{ id: string | null }>(await inScope(t.db, teacher, (tx) => notify(tx, "k1")));
    expect(gone!.id).toBeNull();
  });

  it("refuses another provider, a recipient or a student of another provider, and anyone but staff", async () => {
    expect(
      await refusal(inScope(t.db, teacher, (tx) => notify(tx, "k2", { provider: otherTutor.providerId! }))),
    ).toBe("42501");
    expect(await refusal(inScope(t.db, teacher, (tx) => notify(tx, "k3", { to: foreignPerson })))).toBe(
      "42501",
    );
    expect(await refusal(inScope(t.db, teacher, (tx) => notify(tx, "k4", { about: foreignStudent })))).toBe(
      "42501",
    );
    expect(await refusal(inScope(t.db, guardian, (tx) => notify(tx, "k5")))).toBe("42501");
    // Only an address the provider has for someone, one address, the source's own template, 16 kB.
    for (const email of ["someone@evil.example", "a@evil.example, b@evil.example"]) {
      expect(await refusal(inScope(t.db, teacher, (tx) => notify(tx, "k7", { email })))).toBe("42501");
    }
    expect(await refusal(inScope(t.db, teacher, (tx) => notify(tx, "k8", { template: "core.other" })))).toBe(
      "22023",
    );
    const big = JSON.stringify({ text: "x".repeat(40_000) });
    expect(await refusal(inScope(t.db, teacher, (tx) => notify(tx, "k9", { data: big })))).toBe("22023");
  });

  it("gives the app role no write on the table itself", async () => {
    const direct = [
      sql`insert into notification (provider_id, source, key, recipient_person_id, template, data, channels)
          values (${teacher.providerId}::uuid, 'x', 'y', ${guardian.personId}::uuid, 't', '{}', '{inbox}')`,
      sql`update notification set read_at = now()`,
      sql`update notification set status = 'pending', data = '{}'`,
      sql`delete from notification`,
    ];
    for (const statement of direct) {
      for (const scope of [teacher, guardian]) {
        expect(await refusal(inScope(t.db, scope, (tx) => tx.execute(statement)))).toBe("42501");
      }
    }
  });

  it("shows a notification to its recipient and its provider's staff only, and lets only the recipient mark it read", async () => {
    await inScope(t.db, teacher, (tx) => notify(tx, "k6"));
    const visible = (scope: ActorScope) =>
      inScope(
        t.db,
        scope,
        async (tx) =>
          rowsOf<{ n: number }>(
            await tx.execute(sql`select count(*)::int as n from notification where key = 'k6'`),
          )[0]!.n,
      );
    expect(await visible(guardian)).toBe(1);
    expect(await visible(teacher)).toBe(1);
    expect(await visible(otherTutor)).toBe(0);
    const marked = (scope: ActorScope) =>
      inScope(
        t.db,
        scope,
        async (tx) =>
          rowsOf<{ n: number }>(await tx.execute(sql`select polku.mark_notifications_read(null) as n`))[0]!.n,
      );
    expect(await marked(teacher)).toBe(0);
    expect(await marked(guardian)).toBeGreaterThanOrEqual(1);
    const [row] = rowsOf<{ read: boolean }>(
      await t.db.execute(sql`select read_at is not null as read from notification where key = 'k6'`),
    );
    expect(row!.read).toBe(true);
  });

  it("hides a notification from its recipient once they may not see a student it is about", async () => {
    const count = (key: string) =>
      inScope(
        t.db,
        guardian,
        async (tx) =>
          rowsOf<{ n: number }>(
            await tx.execute(sql`select count(*)::int as n from notification where key = ${key}`),
          )[0]!.n,
      );
    await inScope(t.db, teacher, (tx) => notify(tx, "k10"));
    // Staff may notify the guardian about another student: the guardian never sees that one.
    await inScope(t.db, teacher, (tx) => notify(tx, "k11", { about: classmate }));
    expect(await count("k10")).toBe(1);
    expect(await count("k11")).toBe(0);
    // The ward turns 18: the guardian's access ends, and with it the notifications about the ward.
    const [before] = rowsOf<{ birth_date: string }>(
      await t.db.execute(sql`select birth_date::text from student where id = ${ward}::uuid`),
    );
    await t.db.execute(
      sql`update student set birth_date = current_date - interval '19 years' where id = ${ward}::uuid`,
    );
    try {
      expect(await count("k10")).toBe(0);
    } finally {
      await t.db.execute(
        sql`update student set birth_date = ${before!.birth_date}::date where id = ${ward}::uuid`,
      );
    }
    expect(await count("k10")).toBe(1);
  });
});
