// The background queues and how hard each one tries. Pure settings, shared by the runner and tests.

/** pg-boss keeps its tables in this schema, apart from the app's own (which Prisma owns). */
export const JOBS_SCHEMA = "pgboss";

export const QUEUES = {
  /** Delivers one outbox email over SMTP. */
  deliverEmail: "mail-deliver",
  /** Once a day: the 90- and 30-day award expiry reminders. */
  expiryReminders: "award-expiry-reminders",
  /** Once a day: close feedback rounds whose end date has passed. */
  closeFeedbackRounds: "feedback-rounds-close",
} as const;

export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number };

export type JobTuning = {
  /** After the first attempt, 5 retries, each wait about twice the last, from 30 s (15 to 30 minutes in all). */
  email: RetryPolicy;
  reminders: RetryPolicy;
  /** How often each instance looks for outbox rows that have no delivery job yet. */
  sweepEverySeconds: number;
  /** How often pg-boss looks for new jobs. */
  pollingIntervalSeconds: number;
  /** How often pg-boss fails jobs whose worker died, so they are retried. */
  maintenanceIntervalSeconds: number;
  /** Whether this instance runs the daily schedule (tests turn it off). */
  schedule: boolean;
};

export const DEFAULT_TUNING: JobTuning = {
  email: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  reminders: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 600 },
  sweepEverySeconds: 5,
  pollingIntervalSeconds: 2,
  maintenanceIntervalSeconds: 60,
  schedule: true,
};

/** 07:00 every day, UK time: reminders arrive in the working day. */
export const REMINDER_CRON = "0 7 * * *";
export const REMINDER_TIME_ZONE = "Europe/London";

/** 00:10 every day, UK time: rounds close early on the day after their end date. */
export const FEEDBACK_CLOSE_CRON = "10 0 * * *";

/**
 * Undelivered emails older than this are left alone (visible on the outbox page). It is shorter
 * than the time pg-boss keeps a failed job (FAILED_JOB_KEPT_SECONDS), so an email whose retries
 * ran out is never queued again.
 */
export const SWEEP_WINDOW_HOURS = 48;
export const FAILED_JOB_KEPT_SECONDS = 7 * 24 * 60 * 60;
