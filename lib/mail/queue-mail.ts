// Not marked server-only: the background job runner (started from instrumentation.ts, outside
// React Server Components) queues reminder emails with it too.
import type { Prisma } from "@/generated/prisma/client";

export type Mail = { to: string; subject: string; text: string };

type Writer = Pick<Prisma.TransactionClient, "outboxEmail">;

/**
 * Writes the message to the outbox with the caller's transaction client, so the email exists if
 * and only if the change it reports commits. Nothing is sent here: the background worker picks
 * up every undelivered outbox row (lib/jobs/outbox-sweep.ts) and delivers it over SMTP with
 * retries. Without SMTP the outbox row is the message. Returns the outbox row's id.
 */
export async function queueMail(tx: Writer, mail: Mail): Promise<string> {
  const row = await tx.outboxEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text }, select: { id: true } });
  return row.id;
}
