import type { PrismaClient } from "@/generated/prisma/client";
import type { Deliver } from "@/lib/mail/smtp";

export type DeliveryOutcome = "sent" | "already-sent" | "gone";

/** Another worker holds the row: failing the attempt lets pg-boss try again later. */
export class OutboxRowBusy extends Error {
  constructor() {
    super("The outbox email is being delivered by another worker");
    this.name = "OutboxRowBusy";
  }
}

// Delivery may wait on a slow SMTP server (its own timeouts are 15 to 30 s).
const TRANSACTION_TIMEOUT_MS = 90_000;

/**
 * Delivers one outbox email and marks it sent, holding the row locked meanwhile, so two workers
 * never send the same email. A delivery error rolls back and is thrown: pg-boss retries the job.
 * (If the server accepts the message but the database then fails, the retry sends it again: at
 * least once, never silently lost.)
 */
export async function deliverOutboxEmail(prisma: PrismaClient, outboxEmailId: string, deliver: Deliver, from: string): Promise<DeliveryOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string }[]>`
        SELECT id, "to", subject, text FROM "OutboxEmail" WHERE id = ${outboxEmailId} AND "sentAt" IS NULL FOR UPDATE SKIP LOCKED`;
      const row = rows[0];
      if (!row) {
        const existing = await tx.outboxEmail.findUnique({ where: { id: outboxEmailId }, select: { sentAt: true } });
        if (!existing) return "gone";
        if (existing.sentAt) return "already-sent";
        throw new OutboxRowBusy();
      }
      await deliver({ from, to: row.to, subject: row.subject, text: row.text });
      await tx.outboxEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
      return "sent";
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
