import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

/**
 * Records every message in the outbox and, when SMTP_URL is set, delivers it over SMTP.
 * Without SMTP the outbox row is the message: people read it on the outbox page in development.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  const row = await db().outboxEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text } });
  if (!env.SMTP_URL) return;
  const transport = nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  await db().outboxEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
}
