import { rowsOf } from "@polku/db";
import { createNotificationDelivery } from "@polku/host/notifications";
import { sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { login } from "./attendance-import.ts";
import { startBenchApi } from "./bench-api.ts";
import { benchDatabase } from "./bench-db.ts";
import { fmt, median, table } from "./stats.ts";

const MINORS = 1_000;
const quiet = { info() {}, warn() {}, error() {} };

/** A loopback SMTP server that counts accepted messages and resolves when it has `expected` of them. */
async function countingSmtp() {
  let count = 0;
  let waiting: { expected: number; resolve: () => void } | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        count++;
        if (waiting && count >= waiting.expected) waiting.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    reset: () => {
      count = 0;
    },
    received: (expected: number) =>
      new Promise<void>((resolve) => {
        waiting = { expected, resolve };
        if (count >= expected) resolve();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Same-day guardian notices (#Valmennus): 1,000 minors of one provider marked absent in one import
 * (which records a notice per guardian in the import's transaction, with its core notification), then
 * the core notification worker's time until all 1,000 emails have reached a local SMTP server, against
 * nodemailer sending the same number of messages straight to the same server with the same connection
 * pool (no database), in the same run.
 */
export async function noticeDelivery(kind: "pglite" | "postgres", rounds = 3) {
  const { database, dispose } = await benchDatabase(kind, "notice");
  const api = await startBenchApi(database, { workers: false });
  const smtp = await countingSmtp();
  const pool = () => nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: 5 });
  try {
    const { cookie, csrf } = await login(api.address);
    const [provider] = rowsOf<{ id: string }>(
      await database.db.execute(sql`
        select o.id from organisation o join membership m on m.organisation_id = o.id
        join person p on p.id = m.person_id where p.username = 'opettaja'`),
    );
    const providerId = provider!.id;
    // 1,000 sixteen-year-olds, each with one guardian who has an email address.
    const students = rowsOf<{ id: string }>(
      await database.db.execute(sql`
        insert into student (provider_id, first_name, last_name, birth_date)
        select ${providerId}::uuid, 'Bench' || i, 'Minor', current_date - interval '16 years'
        from generate_series(1, ${MINORS}) i
        returning id`),
    );
    await database.db.execute(sql`
      insert into guardian (provider_id, student_id, first_name, last_name, email)
      select provider_id, id, 'Guardian', last_name, 'guardian-' || id || '@bench.invalid'
      from student where provider_id = ${providerId}::uuid and first_name like 'Bench%'`);
    const csv = ["opiskelija;oppitunti;merkintä", ...students.map((s) => `${s.id};1;poissa`)].join("\n");
    const lastWeekday = (back: number) => {
      const d = new Date(Date.now() - back * 86_400_000);
      return d.toISOString().slice(0, 10);
    };

    const viaWorker = async (round: number) => {
      const day = lastWeekday(7 + round);
      const response = await fetch(`${api.address}/trpc/attendance.import`, {
        method: "POST",
        headers: { cookie, "x-polku-csrf": csrf, "content-type": "application/json" },
        body: JSON.stringify({ day, csv }),
      });
      if (!response.ok)
        throw new Error(`import failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
      const [recorded] = rowsOf<{ n: number }>(
        await database.db.execute(
          sql`select count(*)::int as n from lappi_valmennus.notice n
            join notification nt on nt.source = 'lappi-valmennus' and nt.key = 'notice:' || n.id
            where n.day = ${day}::date and nt.status = 'pending'`,
        ),
      );
      if (recorded?.n !== MINORS)
        throw new Error(`expected ${MINORS} notices recorded, found ${recorded?.n}`);
      smtp.reset();
      const transport = pool();
      const delivery = createNotificationDelivery({
        db: database.db,
        log: quiet,
        templates: api.deployment.notifications,
        transport,
        from: "Polku <noreply@polku.invalid>",
        messageIdDomain: "polku.invalid",
        portalUrl: null,
      });
      const started = performance.now();
      const received = smtp.received(MINORS);
      const now = new Date(`${day}T23:00:00+02:00`);
      let sent = 0;
      while (sent < MINORS) {
        const result = await delivery.runOnce(now);
        if (result.sent === 0) throw new Error(`delivery stalled at ${sent} of ${MINORS}`);
        sent += result.sent;
      }
      await received;
      const elapsed = performance.now() - started;
      transport.close();
      return elapsed;
    };
    const direct = async () => {
      smtp.reset();
      const transport = pool();
      const started = performance.now();
      const received = smtp.received(MINORS);
      let next = 0;
      const lane = async () => {
        while (next < MINORS) {
          const i = next++;
          await transport.sendMail({
            from: "Polku <noreply@polku.invalid>",
            to: `guardian-${i}@bench.invalid`,
            subject: "Poissaoloilmoitus",
            text: `- Bench${i} Minor: oppitunnit 1`,
          });
        }
      };
      await Promise.all(Array.from({ length: 5 }, lane));
      await received;
      const elapsed = performance.now() - started;
      transport.close();
      return elapsed;
    };

    await direct(); // warm-up
    const w: number[] = [];
    const d: number[] = [];
    for (let i = 0; i < rounds; i++) {
      w.push(await viaWorker(i));
      d.push(await direct());
    }
    console.log(
      `\n## Guardian notices, ${kind}: ${MINORS.toLocaleString("en")} minors' same-day notices to a local SMTP server (median of ${rounds})\n`,
    );
    table([
      {
        how: "notice worker (claim, compose from the day's marks, send, mark sent)",
        "median ms": fmt(median(w), 0),
        "per s": fmt((MINORS / median(w)) * 1000, 0),
      },
      {
        how: "baseline: nodemailer straight to SMTP, same pool, no database",
        "median ms": fmt(median(d), 0),
        "per s": fmt((MINORS / median(d)) * 1000, 0),
      },
    ]);
    console.log(`ratio worker / direct: ${fmt(median(w) / median(d), 2)}`);
  } finally {
    await smtp.close();
    await api.close();
    await dispose();
  }
}
