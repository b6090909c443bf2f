// Background jobs on a real database with pg-boss running against it: email delivery over a real
// SMTP server with retries, emails that roll back with their change, a worker killed mid-delivery,
// and award expiry reminders sent exactly once however many instances run them.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/prisma-factory";
import { queueMail } from "@/lib/mail/queue-mail";
import { sendMail } from "@/lib/mail/send-mail";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { sendExpiryReminders } from "@/lib/jobs/handlers/expiry-reminders";
import { deliveryJobId } from "@/lib/jobs/outbox-sweep";
import { QUEUES } from "@/lib/jobs/queues";
import { seededAppDatabase } from "./setup/app-database";
import { award, provider } from "./register-fixtures";
import { FAST_TUNING, startTestSmtp, waitFor, type TestSmtp } from "./jobs-support";

const app = seededAppDatabase();
const TODAY = "2026-11-23";
const BASE_URL = "http://localhost:3000";

let smtp: TestSmtp;
const runners: JobRunner[] = [];

async function runner(smtpUrl: string | null = smtp.url): Promise<JobRunner> {
  const started = await startJobRunner({
    databaseUrl: process.env.DATABASE_URL ?? "",
    baseUrl: BASE_URL,
    mailFrom: "no-reply@cqm.invalid",
    ...(smtpUrl ? { smtpUrl } : {}),
    tuning: FAST_TUNING,
    log: () => undefined,
  });
  runners.push(started);
  return started;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
});

afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop({ graceful: false });
});

afterAll(async () => {
  await smtp.close();
});

const sentAt = async (id: string) => (await app.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).sentAt;

describe("emails in the background", () => {
  it("delivers a queued email over SMTP and marks it sent", async () => {
    await runner();
    const id = await queueMail(app.prisma, { to: "grace@example.org", subject: "Plain delivery", text: "Hello." });
    await waitFor("the email to be sent", () => sentAt(id));
    expect(smtp.received.filter((m) => m.subject === "Plain delivery")).toEqual([{ to: "grace@example.org", subject: "Plain delivery", text: "Hello.\n" }]);
  });

  it("keeps sendMail's promise for existing callers: the outbox row exists when it returns", async () => {
    await sendMail({ to: "priya@example.org", subject: "Written at once", text: "Hi." });
    expect(await app.prisma.outboxEmail.count({ where: { subject: "Written at once", sentAt: null } })).toBe(1);
  });

  it("retries a delivery the SMTP server refuses, and completes once it accepts", async () => {
    smtp.mode.set("Refused once", "reject");
    const r = await runner();
    const id = await queueMail(app.prisma, { to: "tom@example.org", subject: "Refused once", text: "Try again." });
    await waitFor("a refused attempt", () => smtp.attempts.includes("Refused once"));
    expect(await sentAt(id)).toBeNull();
    smtp.mode.delete("Refused once");
    await waitFor("the retry to deliver it", () => sentAt(id));
    expect(smtp.attempts.filter((s) => s === "Refused once")).toHaveLength(2);
    expect(smtp.received.filter((m) => m.subject === "Refused once")).toHaveLength(1);
    const job = await r.boss.getJobById(QUEUES.deliverEmail, deliveryJobId(id));
    expect(job).toMatchObject({ state: "completed", retryCount: 1 });
  });

  it("gives up after the retry limit, leaving the email undelivered and visible in the outbox", async () => {
    smtp.mode.set("Never accepted", "reject");
    const r = await runner();
    const id = await queueMail(app.prisma, { to: "sam@example.org", subject: "Never accepted", text: "Sorry." });
    // One attempt and FAST_TUNING's two retries.
    await waitFor("the job to fail for good", async () => (await r.boss.getJobById(QUEUES.deliverEmail, deliveryJobId(id)))?.state === "failed");
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // more sweeps: none may queue it again
    expect(smtp.attempts.filter((s) => s === "Never accepted")).toHaveLength(3);
    expect(await sentAt(id)).toBeNull();
    smtp.mode.delete("Never accepted");
  });

  it("never sends an email queued in a transaction that rolls back", async () => {
    await runner();
    const refused = app.prisma.$transaction(async (tx) => {
      await queueMail(tx, { to: "ola@example.org", subject: "Rolled back", text: "You should never read this." });
      throw new Error("the change was refused");
    });
    await expect(refused).rejects.toThrow("the change was refused");
    const control = await queueMail(app.prisma, { to: "ola@example.org", subject: "Committed", text: "This one is real." });
    await waitFor("the committed email to be sent", () => sentAt(control));
    expect(await app.prisma.outboxEmail.count({ where: { subject: "Rolled back" } })).toBe(0);
    expect(smtp.attempts).not.toContain("Rolled back");
  });

  it("sends nothing without SMTP: the outbox row is the message", async () => {
    const r = await runner(null);
    const id = await queueMail(app.prisma, { to: "kim@example.org", subject: "Outbox only", text: "Read me on the outbox page." });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await sentAt(id)).toBeNull();
    expect(await r.boss.getJobById(QUEUES.deliverEmail, deliveryJobId(id))).toBeNull();
    expect(smtp.attempts).not.toContain("Outbox only");
  });

  it("loses nothing when a worker is killed mid-delivery: the next instance delivers it, once", async () => {
    smtp.mode.set("Interrupted", "stall");
    const id = await queueMail(app.prisma, { to: "lee@example.org", subject: "Interrupted", text: "Delivered after a crash." });
    const child = spawnWorker();
    try {
      await waitFor("the doomed worker to start delivering", () => smtp.attempts.includes("Interrupted"), 30_000);
      child.kill("SIGKILL");
      await once(child, "exit");
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    expect(await sentAt(id)).toBeNull();
    smtp.mode.delete("Interrupted");
    await runner();
    await waitFor("the next instance to deliver it", () => sentAt(id), 30_000);
    expect(smtp.received.filter((m) => m.subject === "Interrupted")).toHaveLength(1);
  }, 60_000);
});

function spawnWorker(): ChildProcess {
  // node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process doing the work.
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/integration/jobs-crash-child.ts")], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: smtp.url, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[child] ${chunk.toString()}`));
  return child;
}

describe("award expiry reminders", () => {
  let organisationId = "";
  const awards: Record<string, string> = {};

  beforeAll(async () => {
    organisationId = await provider(app.prisma, { name: "Kirkgate Wellbeing Hub" });
    for (const [email, name] of [["ruth@kirkgate.example.org", "Ruth Adebayo"], ["owen@kirkgate.example.org", "Owen Clarke"]] as const) {
      await app.prisma.user.create({ data: { email, name, memberships: { create: { organisationId, role: "ORG_ADMIN" } } } });
    }
    await app.prisma.user.create({ data: { email: "member@kirkgate.example.org", name: "Jo Smith", memberships: { create: { organisationId, role: "ORG_MEMBER" } } } });
    const spec = (expiresOn: string, status: "ACTIVE" | "SUSPENDED" = "ACTIVE") => ({ level: 2, issuedOn: "2025-01-10", expiresOn, status });
    awards.in60 = (await award(app.prisma, organisationId, spec("2027-01-22"))).id;
    awards.in20 = (await award(app.prisma, organisationId, spec("2026-12-13"))).id;
    awards.in120 = (await award(app.prisma, organisationId, spec("2027-03-23"))).id;
    awards.suspended = (await award(app.prisma, organisationId, spec("2026-12-13", "SUSPENDED"))).id;
    awards.expired = (await award(app.prisma, organisationId, spec("2026-11-22"))).id;
  });

  const remindersFor = async (awardId: string) => (await app.prisma.awardReminder.findMany({ where: { awardId }, orderBy: { kind: "asc" } })).map((r) => r.kind);
  const kirkgateEmails = () => app.prisma.outboxEmail.findMany({ where: { to: { endsWith: "@kirkgate.example.org" } }, orderBy: [{ to: "asc" }, { subject: "asc" }] });

  it("sends each due reminder once when two instances run the job at the same moment", async () => {
    const other = createClient(process.env.DATABASE_URL ?? "", 3);
    try {
      const run = { today: TODAY, baseUrl: BASE_URL };
      const [a, b] = await Promise.all([sendExpiryReminders(app.prisma, run), sendExpiryReminders(other, run)]);
      expect(a + b).toBe(await app.prisma.awardReminder.count());
      const [again] = await Promise.all([sendExpiryReminders(app.prisma, run), sendExpiryReminders(other, run)]);
      expect(again).toBe(0);
    } finally {
      await other.$disconnect();
    }
    expect(await remindersFor(awards.in60 ?? "")).toEqual(["EXPIRY_90_DAYS"]);
    expect(await remindersFor(awards.in20 ?? "")).toEqual(["EXPIRY_30_DAYS"]);
    for (const key of ["in120", "suspended", "expired"]) expect(await remindersFor(awards[key] ?? ""), key).toEqual([]);
    // Two awards, two administrators each; the member is not emailed.
    const emails = await kirkgateEmails();
    expect(emails.map((e) => [e.to, e.subject])).toEqual([
      ["owen@kirkgate.example.org", "Kirkgate Wellbeing Hub's Coproduction Quality Mark award expires in 20 days"],
      ["owen@kirkgate.example.org", "Kirkgate Wellbeing Hub's Coproduction Quality Mark award expires in 60 days"],
      ["ruth@kirkgate.example.org", "Kirkgate Wellbeing Hub's Coproduction Quality Mark award expires in 20 days"],
      ["ruth@kirkgate.example.org", "Kirkgate Wellbeing Hub's Coproduction Quality Mark award expires in 60 days"],
    ]);
  });

  it("says the level, the date and where to start renewing, in plain English", async () => {
    const email = (await kirkgateEmails()).find((e) => e.to.startsWith("ruth") && e.subject.endsWith("60 days"));
    expect(email?.text).toContain("Hello Ruth Adebayo,");
    expect(email?.text).toContain("holds the Coproduction Quality Mark at level 2. The award expires on 22 January 2027, in 60 days.");
    expect(email?.text).toContain("You can start your renewal here: http://localhost:3000/organisations/kirkgate-wellbeing-hub/award");
  });

  it("sends the 30-day reminder later to an award that had the 90-day one, and nothing twice", async () => {
    const run = { today: "2026-12-24", baseUrl: BASE_URL };
    await sendExpiryReminders(app.prisma, run);
    expect(await remindersFor(awards.in60 ?? "")).toEqual(["EXPIRY_90_DAYS", "EXPIRY_30_DAYS"]);
    expect(await remindersFor(awards.in20 ?? "")).toEqual(["EXPIRY_30_DAYS"]);
    expect((await kirkgateEmails()).filter((e) => e.subject.endsWith("in 29 days"))).toHaveLength(2);
    expect(await sendExpiryReminders(app.prisma, run)).toBe(0);
  });

  it("runs as a pg-boss job on two instances at once with the same result: one reminder per award and kind", async () => {
    const fresh = (await award(app.prisma, organisationId, { level: 1, issuedOn: "2025-02-01", expiresOn: "2026-12-31" })).id;
    const [a, b] = [await runner(), await runner()];
    const before = await app.prisma.awardReminder.count();
    const ids = await Promise.all([a.boss.send(QUEUES.expiryReminders, {}), b.boss.send(QUEUES.expiryReminders, {}), a.boss.send(QUEUES.expiryReminders, {})]);
    for (const id of ids) {
      await waitFor("the reminder job to complete", async () => (await a.boss.getJobById(QUEUES.expiryReminders, id ?? ""))?.state === "completed");
    }
    // The job uses the real date, so the fresh award's reminder depends on today; whatever it is, one row per kind.
    const rows = await app.prisma.awardReminder.findMany({ where: { awardId: fresh } });
    expect(new Set(rows.map((r) => r.kind)).size).toBe(rows.length);
    expect(await app.prisma.awardReminder.count()).toBeGreaterThanOrEqual(before);
    const subjects = (await kirkgateEmails()).filter((e) => e.text.includes("at level 1."));
    expect(subjects).toHaveLength(rows.length * 2);
  });
});
