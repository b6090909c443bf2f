// The environment, parsed once with zod. The server refuses to start on a missing or bad value
// (instrumentation.ts calls getEnv() at start-up) rather than failing later mid-request.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// connection string" }),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)"),
  NEXTAUTH_URL: z.url({ error: "NEXTAUTH_URL must be the app's public address, e.g. http://localhost:3000" }).default("http://localhost:3000"),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:pass@host:587" }).optional(),
  MAIL_FROM: z.string().default("Coproduction Quality Mark <no-reply@cqm.invalid>"),
  // Read by lib/evidence/storage; checked here so a bad path stops the app at start-up.
  FILE_STORAGE_DIR: z.string().startsWith("/", "FILE_STORAGE_DIR must be an absolute path, like /var/lib/cqm/files").optional(),
  ENABLE_OUTBOX_PAGE: z.enum(["0", "1"]).default("0"),
  // Requests per minute for each API key of the read-only JSON API.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: "API_RATE_LIMIT_PER_MINUTE must be a whole number" }).int().min(1).max(1_000_000).default(300),
  // "off" keeps this instance from running background jobs (email delivery, reminders), e.g. a
  // web-only instance beside a worker; emails still wait in the outbox for an instance that runs them.
  CQM_JOBS: z.enum(["on", "off"], { error: "CQM_JOBS must be on or off" }).default("on"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`The app cannot start because of its configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Background jobs run in the app server, never in tests (they start their own) or when turned off. */
export function jobsEnabled(env: Env = getEnv()): boolean {
  return env.NODE_ENV !== "test" && env.CQM_JOBS === "on";
}

/** The outbox page shows other people's sign-in links, so it exists only outside production. */
export function outboxPageEnabled(env: Env = getEnv()): boolean {
  return env.NODE_ENV !== "production" || env.ENABLE_OUTBOX_PAGE === "1";
}
