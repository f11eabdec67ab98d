/**
 * The core's notification worker as the API process runs it: configured from the environment, started
 * with the server, polling, delivering (here a Lappi absence notice) to a real SMTP server on loopback,
 * and stopped with the server.
 */

import { rowsOf } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { schoolDayOf } from "@polku/domain";
import { loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import { type SmtpServer, startSmtpServer } from "@polku/plugin-sdk/testing/smtp";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValmennusRouter } from "./support/plugin-routers.ts";

describe.each(testDatabases())("the API's notification worker on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let smtp: SmtpServer;
  const saved = { ...process.env };
  let closed = false;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    process.env.POLKU_SMTP_URL = smtp.url;
    process.env.POLKU_MAIL_FROM = "Järvilaakso <poissaolot@jarvilaakso.invalid>";
    process.env.POLKU_PUBLIC_URL = "https://polku.jarvilaakso.invalid";
    process.env.POLKU_NOTIFICATION_POLL_MS = "100";
    api = await startTestApi(kind, { workers: true });
  });
  afterAll(async () => {
    if (!closed) await api?.close();
    await smtp?.close();
    process.env = saved;
  });

  it("sends a notice at the provider's sending time without anyone asking, then stops with the server", async () => {
    const manager = await loginAs(api.url, "esihenkilo");
    // Midnight: every notice of today is due at once.
    await manager.plugin<ValmennusRouter>("lappi-valmennus").notices.setSendTime.mutate({ sendAt: "00:00" });

    const guardian = await loginAs(api.url, "huoltaja");
    const [ward] = await guardian.trpc.students.list.query({});
    const teacher = await loginAs(api.url, "opettaja");
    const today = schoolDayOf(new Date());
    let groupId = "";
    for (const group of await teacher.trpc.attendance.groups.query()) {
      const roster = await teacher.trpc.attendance.roster.query({ groupId: group.id, day: today });
      if (roster.students.some((s) => s.id === ward!.id)) groupId = group.id;
    }
    await teacher.trpc.attendance.mark.mutate({
      groupId,
      day: today,
      lesson: "8",
      marks: [{ studentId: ward!.id, status: "absent" }],
    });

    await expect
      .poll(() => smtp.messages.filter((m) => m.subject?.includes(ward!.lastName)).length, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(1);
    const message = smtp.messages.find((m) => m.subject?.includes(ward!.lastName))!;
    expect(message.from?.text).toContain("poissaolot@jarvilaakso.invalid");
    expect(message.messageId).toMatch(/@jarvilaakso\.invalid>$/);
    expect(message.text).toContain("https://polku.jarvilaakso.invalid/p/lappi-valmennus/notices");
    // The server has the message before the worker hears back and marks the notice sent.
    const guardianApi = guardian.plugin<ValmennusRouter>("lappi-valmennus");
    await expect
      .poll(async () => (await guardianApi.notices.mine.query()).find((n) => n.day === today)?.status, {
        timeout: 15_000,
      })
      .toBe("sent");

    // Nothing was left half-delivered, and after the server closes its worker sends nothing more.
    const [sending] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from notification where status = 'sending'`),
    );
    expect(sending?.n).toBe(0);
    await api.close();
    closed = true;
    const count = smtp.messages.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.messages.length).toBe(count);
  });
});
