/**
 * Same-day absence notices (#Valmennus) on the core's notifications: a teacher's mark records the
 * guardian's notice in the same transaction; the core's worker delivers it to a real SMTP server on
 * loopback once, retries with backoff while the server is down, and takes over a notification whose
 * worker was killed mid-delivery.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { schoolDayOf } from "@polku/domain";
import { sql } from "@polku/plugin-sdk/drizzle";
import {
  codeOf,
  loginAs,
  rowsOf,
  startTestApi,
  type TestRetryPolicy,
  testDatabases,
} from "@polku/plugin-sdk/testing";
import { type SmtpServer, startSmtpServer } from "@polku/plugin-sdk/testing/smtp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValmennusRouter } from "../src/server.ts";

const id = "lappi-valmennus";
const retry: TestRetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 30 * 60_000, maxAttempts: 3 };
const minutes = (n: number) => n * 60_000;
/** How the audit log names the email's disclosure of a ward's absences. */
const AUDIT_PROCEDURE = "lappi-valmennus.absenceNotice.email";

describe.each(testDatabases())("absence notices on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let teacher: Awaited<ReturnType<typeof loginAs>>;
  let guardian: Awaited<ReturnType<typeof loginAs>>;
  let ward: { id: string; firstName: string; lastName: string };
  let groupId: string;
  let smtp: SmtpServer;
  const today = schoolDayOf(new Date());

  const mark = (day: string, lesson: string, status: "absent" | "excused" | "present") =>
    teacher.trpc.attendance.mark.mutate({ groupId, day, lesson, marks: [{ studentId: ward.id, status }] });

  const noticesOf = async (day: string) =>
    rowsOf<{ id: string; status: string; attempts: number; next_attempt_at: Date; recipient_key: string }>(
      await api.db.execute(sql`
        select n.id, nt.status, nt.attempts, nt.next_attempt_at, n.recipient_key
        from lappi_valmennus.notice n
        join notification nt on nt.source = 'lappi-valmennus' and nt.key = 'notice:' || n.id
        where n.day = ${day}::date order by n.recipient_key`),
    );

  const deliveryTo = (url: string) => api.delivery({ smtpUrl: url, retry, random: () => 0.5 });

  /** Well after the day's sending time (15:00 Helsinki), whatever the day. */
  // The tests' provider sends at 23:59 (set below): a notice of today is then never due while the tests
  // run, whatever the time of day (with the default 15:00 they failed in the evening).
  const afterSendTime = (day: string) => new Date(`${day}T23:59:30+02:00`);

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: ["lappi-valmennus"] });
    // The demo's history of delivered notices is left out: these tests start from an empty outbox.
    await api.db.execute(sql`delete from notification where source = 'lappi-valmennus'`);
    await api.db.execute(sql`delete from lappi_valmennus.notice`);
    smtp = await startSmtpServer();
    const manager = await loginAs(api.url, "esihenkilo");
    await manager.plugin<ValmennusRouter>(id).notices.setSendTime.mutate({ sendAt: "23:59" });
    teacher = await loginAs(api.url, "opettaja");
    guardian = await loginAs(api.url, "huoltaja");
    const [first] = await guardian.trpc.students.list.query({});
    ward = first!;
    const groups = await teacher.trpc.attendance.groups.query();
    for (const group of groups) {
      const roster = await teacher.trpc.attendance.roster.query({ groupId: group.id, day: today });
      if (roster.students.some((s) => s.id === ward.id)) groupId = group.id;
    }
    expect(groupId).toBeDefined();
  });
  afterAll(async () => {
    await smtp?.close();
    await api?.close();
  });

  it("records one notice per guardian for the day when a minor is marked absent, in the mark's transaction", async () => {
    expect(await noticesOf(today)).toEqual([]);
    await mark(today, "1", "absent");
    const first = await noticesOf(today);
    expect(first.length).toBeGreaterThanOrEqual(1);
    // A second absence the same day joins the same notice: still one per guardian.
    await mark(today, "2", "absent");
    expect((await noticesOf(today)).map((n) => n.id)).toEqual(first.map((n) => n.id));

    const [mine] = await guardian.plugin<ValmennusRouter>(id).notices.mine.query();
    expect(mine).toMatchObject({ day: today, status: "pending", acknowledgedAt: null });
    expect(mine!.students).toEqual([
      {
        studentId: ward.id,
        name: `${ward.firstName} ${ward.lastName}`,
        lessons: [
          { lesson: "1", status: "absent" },
          { lesson: "2", status: "absent" },
        ],
      },
    ]);
  });

  it("records no notice for a ward who has turned 18, not even for an absence from before", async () => {
    // A school day a week ago, when the ward was still 17; today the ward is an adult.
    const weekAgo = schoolDayOf(new Date(Date.now() - 7 * 86_400_000));
    const setBirthDate = (date: ReturnType<typeof sql>) =>
      api.db.execute(sql`update student set birth_date = ${date} where id = ${ward.id}::uuid`);
    const [before] = rowsOf<{ born: string }>(
      await api.db.execute(sql`select birth_date::text as born from student where id = ${ward.id}::uuid`),
    );
    await setBirthDate(sql`current_date - interval '18 years'`);
    try {
      await mark(weekAgo, "1", "absent");
      expect(await noticesOf(weekAgo)).toEqual([]);
    } finally {
      await setBirthDate(sql`${before!.born}::date`);
    }
  });

  it("sends each guardian one email listing the day's absences, after the sending time, and never twice", async () => {
    const delivery = deliveryTo(smtp.url);
    // Before 15:00 in Helsinki nothing goes: the day's later absences still join the message.
    expect((await delivery.runOnce(new Date(`${today}T10:00:00+02:00`))).sent).toBe(0);
    const notices = await noticesOf(today);
    const round = await delivery.runOnce(afterSendTime(today));
    expect(round.sent + round.noEmail).toBe(notices.length);
    expect(round.sent).toBeGreaterThanOrEqual(1);
    const ours = smtp.messages.filter((m) => m.subject?.includes(ward.lastName));
    expect(ours).toHaveLength(round.sent);
    const [message] = ours;
    expect(message!.subject).toContain("Poissaoloilmoitus");
    expect(message!.text).toContain(`- ${ward.firstName} ${ward.lastName}: oppitunnit 1, 2`);
    expect(message!.messageId).toMatch(/^<notification-[0-9a-f-]{36}@polku\.invalid>$/);

    // Each email is in the ward's audit trail: exported by the system for the teacher who marked.
    const audited = rowsOf<{ actor_role: string; action: string; username: string }>(
      await api.db.execute(sql`
        select a.actor_role, a.action, p.username from audit_log a join person p on p.id = a.actor_person_id
        where a.student_id = ${ward.id}::uuid and a.procedure = ${AUDIT_PROCEDURE}`),
    );
    expect(audited).toEqual(
      Array.from({ length: round.sent }, () => ({
        actor_role: "system",
        action: "export",
        username: "opettaja",
      })),
    );

    // Marked again, run again: the notice is sent; nothing goes twice.
    await mark(today, "2", "absent");
    expect((await delivery.runOnce(afterSendTime(today))).sent).toBe(0);
    expect(smtp.messages.filter((m) => m.subject?.includes(ward.lastName))).toHaveLength(round.sent);
    const [mine] = await guardian.plugin<ValmennusRouter>(id).notices.mine.query();
    expect(mine!.status).toBe("sent");
    expect(mine!.sentAt).not.toBeNull();
  });

  it("puts a due notice in the guardian's inbox, in the portal's language, with an unread count", async () => {
    // A past day's notice is due at once (today's waits for the sending time).
    const day = previousSchoolDay(today, 6);
    await mark(day, "", "present");
    await mark(day, "2", "absent");
    const inbox = await guardian.trpc.inbox.list.query({ locale: "sv" });
    const item = inbox.items.find((i) => i.subject.includes(ward.lastName));
    expect(item).toMatchObject({ readAt: null, path: "/p/lappi-valmennus/notices" });
    expect(item!.subject).toMatch(/^Frånvaroanmälan /);
    expect(item!.body).toContain(`- ${ward.firstName} ${ward.lastName}: lektionerna 2`);
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    expect((await guardian.trpc.inbox.unread.query()).unread).toBe(inbox.unread);
    // A notification of a plugin this deployment no longer has is neither shown nor counted.
    await api.db.execute(sql`insert into notification (provider_id, source, key, recipient_person_id, template,
        data, channels, status)
      select provider_id, 'gone-plugin', 'old-1', person_id, 'gone-plugin.old', '{}', '{inbox}', 'inbox_only'
      from guardian where person_id is not null and student_id = ${ward.id}::uuid limit 1`);
    expect((await guardian.trpc.inbox.unread.query()).unread).toBe(inbox.unread);
    // Reading the inbox is a read of the ward's absences: in the ward's audit trail.
    const [read] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from audit_log
        where student_id = ${ward.id}::uuid and procedure = 'inbox.list' and action = 'read'`),
    );
    expect(read!.n).toBeGreaterThanOrEqual(1);
    // Someone else can neither see it nor mark it read.
    expect((await teacher.trpc.inbox.list.query({})).items.some((i) => i.id === item!.id)).toBe(false);
    expect((await teacher.trpc.inbox.markRead.mutate({ ids: [item!.id] })).marked).toBe(0);
    const marked = await guardian.trpc.inbox.markRead.mutate({ ids: [item!.id] });
    expect(marked).toEqual({ marked: 1, unread: inbox.unread - 1 });
    await mark(day, "2", "present");
  });

  it("lets the guardian acknowledge and reply, and the teacher read both; others cannot", async () => {
    const guardianApi = guardian.plugin<ValmennusRouter>(id);
    const [mine] = await guardianApi.notices.mine.query();
    const { acknowledgedAt } = await guardianApi.notices.acknowledge.mutate({ noticeId: mine!.id });
    expect(acknowledgedAt).toBeTruthy();
    // Another guardian's notice of the same ward is theirs alone: not listed, not to be acknowledged.
    const others = (await noticesOf(today)).filter((n) => n.id !== mine!.id);
    expect((await guardianApi.notices.mine.query()).map((n) => n.id)).not.toContain(others[0]?.id);
    for (const other of others) {
      expect(await codeOf(guardianApi.notices.acknowledge.mutate({ noticeId: other.id }))).toBe("NOT_FOUND");
      expect(await codeOf(guardianApi.notices.reply.mutate({ noticeId: other.id, body: "x" }))).toBe(
        "NOT_FOUND",
      );
    }
    // Acknowledging again keeps the first time.
    expect((await guardianApi.notices.acknowledge.mutate({ noticeId: mine!.id })).acknowledgedAt).toBe(
      acknowledgedAt,
    );
    await guardianApi.notices.reply.mutate({
      noticeId: mine!.id,
      body: "Hammaslääkäri aamulla, pahoittelut.",
    });
    expect(await codeOf(guardianApi.notices.reply.mutate({ noticeId: mine!.id, body: "" }))).toBe(
      "BAD_REQUEST",
    );

    // The acknowledgement and the reply are in the ward's audit trail, in the guardian's name: one
    // entry each (acknowledging again changed nothing; the refused calls wrote nothing).
    const answered = rowsOf<{ procedure: string; action: string; provider_id: string; student_id: string }>(
      await api.db.execute(sql`
        select a.procedure, a.action, a.provider_id::text as provider_id, a.student_id::text as student_id
        from audit_log a join person p on p.id = a.actor_person_id
        where p.username = 'huoltaja' and a.procedure like 'plugins.lappi-valmennus.notices.%'
          and a.action <> 'read'
        order by a.at, a.procedure`),
    );
    const [wardRow] = rowsOf<{ provider_id: string }>(
      await api.db.execute(
        sql`select provider_id::text as provider_id from student where id = ${ward.id}::uuid`,
      ),
    );
    expect(answered).toEqual([
      {
        procedure: "plugins.lappi-valmennus.notices.acknowledge",
        action: "update",
        provider_id: wardRow!.provider_id,
        student_id: ward.id,
      },
      {
        procedure: "plugins.lappi-valmennus.notices.reply",
        action: "create",
        provider_id: wardRow!.provider_id,
        student_id: ward.id,
      },
    ]);

    const forDay = await teacher.plugin<ValmennusRouter>(id).notices.forDay.query({ day: today });
    const seen = forDay.find((n) => n.id === mine!.id)!;
    expect(seen.acknowledgedAt).toBe(acknowledgedAt);
    expect(seen.replies.map((r) => r.body)).toEqual(["Hammaslääkäri aamulla, pahoittelut."]);

    // The teacher cannot answer for the guardian; partners and another provider see nothing.
    expect(
      await codeOf(teacher.plugin<ValmennusRouter>(id).notices.acknowledge.mutate({ noticeId: mine!.id })),
    ).toBe("FORBIDDEN");
    for (const username of ["valmentaja", "yritys", "opiskelija"]) {
      const other = await loginAs(api.url, username);
      expect(await codeOf(other.plugin<ValmennusRouter>(id).notices.forDay.query({ day: today }))).toBe(
        "FORBIDDEN",
      );
    }
    const otherProvider = await loginAs(api.url, "harju.ohjaaja");
    expect(await otherProvider.plugin<ValmennusRouter>(id).notices.forDay.query({ day: today })).toEqual([]);
  });

  it("withdraws a notice whose absences were all explained before it went out, and tells it again on a new one", async () => {
    const day = previousSchoolDay(today, 3);
    // The demo's own marks of that day are cleared first: only the absence made here counts.
    await mark(day, "", "present");
    await mark(day, "7", "absent");
    expect((await noticesOf(day)).every((n) => n.status === "pending")).toBe(true);
    await mark(day, "7", "excused");
    const withdrawn = await noticesOf(day);
    expect(withdrawn.length).toBeGreaterThanOrEqual(1);
    expect(withdrawn.every((n) => n.status === "cancelled")).toBe(true);
    const before = smtp.messages.length;
    expect((await deliveryTo(smtp.url).runOnce(afterSendTime(day))).sent).toBe(0);
    expect(smtp.messages.length).toBe(before);
    // The guardian no longer sees it; a new absence that day brings the same notice back.
    const mine = await guardian.plugin<ValmennusRouter>(id).notices.mine.query();
    expect(mine.some((n) => n.day === day)).toBe(false);
    await mark(day, "8", "absent");
    expect((await noticesOf(day)).map((n) => [n.id, n.status])).toEqual(
      withdrawn.map((n) => [n.id, "pending"]),
    );
    await mark(day, "8", "present");
  });

  it("retries with backoff while the mail server is down, then delivers once", async () => {
    const day = previousSchoolDay(today, 1);
    await mark(day, "3", "absent");
    const down = await startSmtpServer();
    await down.close();
    const failing = deliveryTo(down.url);
    const start = afterSendTime(day);
    const first = await failing.runOnce(start);
    expect(first.sent).toBe(0);
    expect(first.retrying).toBeGreaterThanOrEqual(1);
    const [waiting] = (await noticesOf(day)).filter((n) => n.status === "pending");
    expect(waiting!.attempts).toBe(1);
    // First retry after 30 s (jitter fixed at the middle here), then 60 s, 120 s...
    expect(new Date(waiting!.next_attempt_at).getTime() - start.getTime()).toBe(30_000);
    expect((await failing.runOnce(new Date(start.getTime() + 10_000))).retrying).toBe(0);
    await failing.runOnce(new Date(start.getTime() + 31_000));
    const [again] = (await noticesOf(day)).filter((n) => n.status === "pending");
    expect(again!.attempts).toBe(2);
    expect(new Date(again!.next_attempt_at).getTime() - (start.getTime() + 31_000)).toBe(60_000);

    // The server is back: the next round delivers, once.
    const before = smtp.messages.length;
    const delivered = await deliveryTo(smtp.url).runOnce(new Date(start.getTime() + minutes(5)));
    expect(delivered.sent).toBe(first.retrying);
    expect(smtp.messages.length - before).toBe(delivered.sent);
    expect((await deliveryTo(smtp.url).runOnce(new Date(start.getTime() + minutes(60)))).sent).toBe(0);
  });

  it("gives a notice up after the last attempt, and staff see it failed", async () => {
    const day = previousSchoolDay(today, 2);
    await mark(day, "4", "absent");
    const down = await startSmtpServer();
    await down.close();
    const failing = deliveryTo(down.url);
    let at = afterSendTime(day).getTime();
    for (let attempt = 0; attempt < retry.maxAttempts; attempt++) {
      await failing.runOnce(new Date(at));
      at += minutes(60);
    }
    const rows = await noticesOf(day);
    expect(rows.every((n) => n.status === "failed" || n.status === "no_email")).toBe(true);
    const forDay = await teacher.plugin<ValmennusRouter>(id).notices.forDay.query({ day });
    expect(forDay.some((n) => n.status === "failed" && n.lastError?.startsWith("ESOCKET"))).toBe(true);
  });

  it("takes over a notice whose worker died after claiming it, when the lease runs out", async () => {
    const day = previousSchoolDay(today, 4);
    await mark(day, "5", "absent");
    const start = afterSendTime(day);
    const dead = deliveryTo(smtp.url);
    const claimed = await dead.claim(start);
    expect(claimed.length).toBeGreaterThanOrEqual(1);
    const before = smtp.messages.length;
    const other = deliveryTo(smtp.url);
    // Within the lease nobody else takes it.
    expect((await other.runOnce(new Date(start.getTime() + minutes(1)))).sent).toBe(0);
    const round = await other.runOnce(new Date(start.getTime() + minutes(6)));
    expect(round.sent + round.noEmail).toBe(claimed.length);
    expect(smtp.messages.length - before).toBe(round.sent);
  });

  it.skipIf(kind !== "postgres")(
    "delivers once when the worker process is killed in the middle of the SMTP transaction",
    async () => {
      const day = previousSchoolDay(today, 5);
      await mark(day, "6", "absent");
      const held = await startSmtpServer({ holdData: true });
      const child = spawn(
        process.execPath,
        ["--import", "tsx", fileURLToPath(new URL("./support/notice-worker-once.ts", import.meta.url))],
        {
          env: {
            ...process.env,
            DATABASE_URL: api.databaseUrl!,
            POLKU_APP_DATABASE_URL: api.requestDatabaseUrl!,
            SMTP_URL: held.url,
            NOW: afterSendTime(day).toISOString(),
          },
          stdio: "inherit",
        },
      );
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await held.inData;
      child.kill("SIGKILL");
      await exited;
      // Released only once the server has seen the dead client's connection end, as a real server would.
      await expect.poll(() => held.allSendersGone()).toBe(true);
      held.release();
      expect(held.messages).toHaveLength(0);
      expect((await noticesOf(day)).some((n) => n.status === "sending")).toBe(true);

      const before = smtp.messages.length;
      const round = await deliveryTo(smtp.url).runOnce(new Date(afterSendTime(day).getTime() + minutes(6)));
      expect(round.sent).toBeGreaterThanOrEqual(1);
      expect(smtp.messages.length - before).toBe(round.sent);
      expect((await noticesOf(day)).every((n) => n.status === "sent" || n.status === "no_email")).toBe(true);
      await held.close();
    },
  );
});

/** The school day (Mon–Fri) `count` school days before `day`. */
function previousSchoolDay(day: string, count: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  let left = count;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() - 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date.toISOString().slice(0, 10);
}
