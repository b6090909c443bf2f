// Shared by the background-job tests: a real SMTP server on this machine whose behaviour the test
// sets, fast job timings, and waiting for what the database shows.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { simpleParser } from "mailparser";
import type { JobTuning } from "@/lib/jobs/queues";

/** Seconds, not minutes: retries, expiry of a dead worker's job and the sweep all happen in a test. */
export const FAST_TUNING: Partial<JobTuning> = {
  email: { retryLimit: 2, retryDelay: 1, retryBackoff: false, expireInSeconds: 3 },
  reminders: { retryLimit: 1, retryDelay: 1, retryBackoff: false, expireInSeconds: 10 },
  sweepEverySeconds: 1,
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
  schedule: false,
};

export type SmtpMode = "accept" | "reject" | "stall";
export type Received = { to: string; subject: string; text: string };

export type TestSmtp = {
  url: string;
  /** Messages accepted (250), in order. */
  received: Received[];
  /** Every DATA attempt, whatever the answer, by subject. */
  attempts: string[];
  /** How to answer the next messages whose subject includes the key ("*" for any). */
  mode: Map<string, SmtpMode>;
  close: () => Promise<void>;
};

async function read(stream: SMTPServerDataStream): Promise<Received> {
  const parsed = await simpleParser(stream);
  const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
  return { to, subject: parsed.subject ?? "", text: parsed.text ?? "" };
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const attempts: string[] = [];
  const mode = new Map<string, SmtpMode>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      read(stream).then((message) => {
        attempts.push(message.subject);
        const key = [...mode.keys()].find((k) => k === "*" || message.subject.includes(k));
        const answer = key ? mode.get(key) : "accept";
        if (answer === "stall") return; // never answers: the sender hangs until it is killed
        if (answer === "reject") {
          callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
          return;
        }
        received.push(message);
        callback();
      }, callback);
    },
  });
  // A killed client drops its connection mid-message; that is expected here.
  server.on("error", () => undefined);
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts,
    mode,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` returns a value (not null, undefined or false), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
