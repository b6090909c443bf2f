// Starts the background jobs inside the app server, once per process. Called from
// instrumentation.ts, so nothing it imports may be marked server-only.
import { getEnv, jobsEnabled } from "@/lib/env";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";

const globalForJobs = globalThis as unknown as { cqmJobs?: Promise<JobRunner | null> };

/**
 * Starts pg-boss, its workers and the daily schedule, unless NODE_ENV is test or CQM_JOBS=off.
 * Stops them on SIGTERM/SIGINT. Next.js exits soon after those signals; a job it cuts short is
 * failed by pg-boss's maintenance on another (or the next) instance and retried, so nothing is lost.
 */
export function startBackgroundJobs(): Promise<JobRunner | null> {
  globalForJobs.cqmJobs ??= (async () => {
    const env = getEnv();
    if (!jobsEnabled(env)) return null;
    const runner = await startJobRunner({
      databaseUrl: env.DATABASE_URL,
      baseUrl: env.NEXTAUTH_URL,
      mailFrom: env.MAIL_FROM,
      ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    });
    const stop = () => void runner.stop().catch((error: unknown) => console.error("[jobs] stopping failed", error));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    console.log(`[jobs] background jobs started${env.SMTP_URL ? "" : " (no SMTP_URL: emails stay in the outbox)"}`);
    return runner;
  })();
  return globalForJobs.cqmJobs;
}
