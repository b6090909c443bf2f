import "server-only";
import { db } from "@/lib/db/client";
import { queueMail, type Mail } from "@/lib/mail/queue-mail";

export type { Mail };

/**
 * Queues one email on its own, outside any transaction: it is in the outbox when this returns and
 * the background worker delivers it. Inside a transaction use queueMail(tx, mail) instead, so a
 * rolled-back change never sends its email.
 */
export async function sendMail(mail: Mail): Promise<void> {
  await queueMail(db(), mail);
}
