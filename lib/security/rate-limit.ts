import "server-only";
import { db } from "@/lib/db/client";

export type RateLimitRule = { limit: number; windowSeconds: number };

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window, atomically in Postgres so that several app
 * instances share the count. Returns whether the hit is within the limit.
 */
export async function hit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const rows = await db().$queryRaw<{ count: number; reset_at: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt" AS reset_at`;
  const row = rows[0];
  if (!row) throw new Error("Rate limit upsert returned no row");
  const retryAfterSeconds = Math.max(0, Math.ceil((row.reset_at.getTime() - Date.now()) / 1000));
  return { allowed: row.count <= rule.limit, remaining: Math.max(0, rule.limit - row.count), retryAfterSeconds };
}

/** Reads the state of `key` without counting a hit. */
export async function peek(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const row = await db().rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.resetAt <= new Date()) return { allowed: true, remaining: rule.limit, retryAfterSeconds: 0 };
  const retryAfterSeconds = Math.max(0, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
  return { allowed: row.count < rule.limit, remaining: Math.max(0, rule.limit - row.count), retryAfterSeconds };
}

export async function reset(key: string): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key } });
}
