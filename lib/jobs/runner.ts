import PgBoss from "pg-boss";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/db/prisma-factory";
import { todayInLondon } from "@/lib/dates";
import { smtpDeliverer } from "@/lib/mail/smtp";
import { deliverOutboxEmail } from "@/lib/jobs/handlers/deliver-email";
import { sendExpiryReminders } from "@/lib/jobs/handlers/expiry-reminders";
import { closeFeedbackRounds } from "@/lib/jobs/handlers/close-feedback-rounds";
import { sweepOutbox, type DeliverEmailJob } from "@/lib/jobs/outbox-sweep";
import { DEFAULT_TUNING, FAILED_JOB_KEPT_SECONDS, FEEDBACK_CLOSE_CRON, JOBS_SCHEMA, QUEUES, REMINDER_CRON, REMINDER_TIME_ZONE, type JobTuning } from "@/lib/jobs/queues";

export type JobRunnerOptions = {
  databaseUrl: string;
  /** Where links in emails point (NEXTAUTH_URL). */
  baseUrl: string;
  mailFrom: string;
  /** Without SMTP the outbox row is the message: nothing is delivered and no sweep runs. */
  smtpUrl?: string;
  /** Tests pass faster timings. */
  tuning?: Partial<JobTuning>;
  log?: (message: string) => void;
};

export type JobRunner = { boss: PgBoss; prisma: PrismaClient; stop: (options?: { graceful?: boolean }) => Promise<void> };

/**
 * Starts pg-boss (creating or upgrading its own schema under its advisory lock, so several
 * instances may start at once), the two workers, the daily reminder schedule and, with SMTP, the
 * outbox sweep. Every instance may run this: pg-boss hands each job to one worker, and the work
 * itself is guarded in the database (locked outbox rows, AwardReminder's primary key).
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const tuning: JobTuning = { ...DEFAULT_TUNING, ...options.tuning };
  const log = options.log ?? ((message: string) => console.log(`[jobs] ${message}`));
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOBS_SCHEMA,
    max: 4,
    application_name: "cqm-jobs",
    schedule: tuning.schedule,
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
    archiveFailedAfterSeconds: FAILED_JOB_KEPT_SECONDS,
  });
  let stopped = false;
  // pg-boss reports polling and maintenance failures here; without a listener they would crash the
  // process. While stopping, the database going away first is expected, not worth a log line.
  boss.on("error", (error) => {
    if (!stopped) log(`pg-boss error: ${error.message}`);
  });
  await boss.start();
  const prisma = createClient(options.databaseUrl, 3);

  await boss.createQueue(QUEUES.deliverEmail, { name: QUEUES.deliverEmail, ...tuning.email });
  await boss.createQueue(QUEUES.expiryReminders, { name: QUEUES.expiryReminders, ...tuning.reminders });
  // A daily job like the reminders, so it shares their retry policy.
  await boss.createQueue(QUEUES.closeFeedbackRounds, { name: QUEUES.closeFeedbackRounds, ...tuning.reminders });

  const deliver = options.smtpUrl ? smtpDeliverer(options.smtpUrl) : undefined;
  let sweep: NodeJS.Timeout | undefined;
  if (deliver) {
    await boss.work<DeliverEmailJob>(QUEUES.deliverEmail, { pollingIntervalSeconds: tuning.pollingIntervalSeconds, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      // Ids only in the log: addresses and contents stay in the outbox table.
      try {
        const outcome = await deliverOutboxEmail(prisma, job.data.outboxEmailId, deliver, options.mailFrom);
        log(`email ${job.data.outboxEmailId}: ${outcome}`);
      } catch (error) {
        const last = job.retryCount >= job.retryLimit;
        log(`email ${job.data.outboxEmailId}: attempt ${job.retryCount + 1} of ${job.retryLimit + 1} failed${last ? ", giving up (it stays in the outbox, unsent)" : ", will retry"} (${describeFailure(error)})`);
        throw error;
      }
    });
    let sweeping = false;
    const runSweep = async () => {
      if (sweeping) return;
      sweeping = true;
      try {
        await sweepOutbox(prisma, boss, tuning.email);
      } catch (error) {
        log(`outbox sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        sweeping = false;
      }
    };
    await runSweep();
    sweep = setInterval(() => void runSweep(), tuning.sweepEverySeconds * 1000);
  }

  await boss.work(QUEUES.expiryReminders, { pollingIntervalSeconds: tuning.pollingIntervalSeconds }, async () => {
    const sent = await sendExpiryReminders(prisma, { today: todayInLondon(), baseUrl: options.baseUrl });
    log(`expiry reminders sent: ${sent}`);
  });
  if (tuning.schedule) {
    await boss.schedule(QUEUES.expiryReminders, REMINDER_CRON, {}, { tz: REMINDER_TIME_ZONE });
    // Also once at start (one job per hour however many instances start), so a server that was
    // down at 07:00 does not wait a day; the reminders themselves are sent once whatever happens.
    await boss.send(QUEUES.expiryReminders, {}, { singletonKey: "start-up", singletonSeconds: 60 * 60 });
  }

  await boss.work(QUEUES.closeFeedbackRounds, { pollingIntervalSeconds: tuning.pollingIntervalSeconds }, async () => {
    const closed = await closeFeedbackRounds(prisma, { today: todayInLondon() });
    log(`feedback rounds closed: ${closed}`);
  });
  if (tuning.schedule) {
    await boss.schedule(QUEUES.closeFeedbackRounds, FEEDBACK_CLOSE_CRON, {}, { tz: REMINDER_TIME_ZONE });
    await boss.send(QUEUES.closeFeedbackRounds, {}, { singletonKey: "start-up", singletonSeconds: 60 * 60 });
  }

  return {
    boss,
    prisma,
    stop: async ({ graceful = true } = {}) => {
      if (stopped) return;
      stopped = true;
      if (sweep) clearInterval(sweep);
      // Graceful: wait (up to 20 s) for jobs in hand. Either way a job cut short is retried later.
      await boss.stop({ graceful, timeout: 20_000, wait: true });
      await prisma.$disconnect();
    },
  };
}

/** SMTP error messages can quote addresses: log the error's kind and the server's code only. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  return [error.name, typeof code === "string" ? code : null, typeof responseCode === "number" ? `SMTP ${responseCode}` : null].filter(Boolean).join(", ");
}
