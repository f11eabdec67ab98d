import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a loopback port, keeping the messages it accepted (parsed). `holdData` makes
 * it stall in DATA until `release()` — a delivery in flight, for killing the worker mid-way. A message
 * whose DATA never completed is not kept, as a real server discards it.
 */
export async function startSmtpServer(options: { holdData?: boolean } = {}) {
  const messages: ParsedMail[] = [];
  const held: Array<() => void> = [];
  const inDataSessions = new Set<string>();
  let dataStarted: () => void = () => {};
  const inData = new Promise<void>((resolve) => {
    dataStarted = resolve;
  });
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      inDataSessions.add(session.id);
      dataStarted();
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (options.holdData) {
          await new Promise<void>((resolve) => held.push(resolve));
        }
        // The client went away before the server said it took the message: it is not delivered.
        if (closed.has(session.id)) return;
        messages.push(await simpleParser(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  // A client killed mid-session resets its connection: expected here, as on any real server.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** Resolves once a client has started sending a message's DATA. */
    inData,
    release: () => {
      for (const resolve of held.splice(0)) resolve();
    },
    /** Have all clients that began sending a message gone away (quit, or were killed)? */
    allSendersGone: () => [...inDataSessions].every((id) => closed.has(id)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
