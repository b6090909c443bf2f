import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/generated/prisma/client";
import { QUEUES, SWEEP_WINDOW_HOURS, type RetryPolicy } from "@/lib/jobs/queues";

export type DeliverEmailJob = { outboxEmailId: string };

/**
 * The delivery job's id, derived from the outbox row's id: however many instances sweep the same
 * row, pg-boss keeps one job for it (a second insert with the same id does nothing).
 */
export function deliveryJobId(outboxEmailId: string): string {
  const hex = createHash("sha256").update(`cqm-outbox-email:${outboxEmailId}`).digest("hex");
  // Shaped as a version-5-style UUID, which is what pg-boss's id column holds.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Makes sure every undelivered outbox email from the last SWEEP_WINDOW_HOURS has a delivery job.
 * This is what makes queueMail crash-proof: the email row commits with the caller's change, and
 * whichever instance sweeps next creates its job, even if the one that wrote it died at once.
 * One insert per sweep; rows that already have a job are skipped by pg-boss (same id).
 */
export async function sweepOutbox(prisma: PrismaClient, boss: PgBoss, retry: RetryPolicy, limit = 500): Promise<void> {
  const since = new Date(Date.now() - SWEEP_WINDOW_HOURS * 60 * 60 * 1000);
  const rows = await prisma.outboxEmail.findMany({ where: { sentAt: null, createdAt: { gte: since } }, orderBy: { createdAt: "asc" }, take: limit, select: { id: true } });
  if (rows.length === 0) return;
  await boss.insert(
    rows.map((row) => {
      const data: DeliverEmailJob = { outboxEmailId: row.id };
      return { id: deliveryJobId(row.id), name: QUEUES.deliverEmail, data, ...retry };
    }),
  );
}
