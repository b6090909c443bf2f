// Delivery over SMTP for the background worker. Not server-only for the same reason as queue-mail.
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";

export type OutgoingMessage = { from: string; to: string; subject: string; text: string };
export type Deliver = (message: OutgoingMessage) => Promise<void>;

/**
 * Sends over the SMTP_URL server. The timeouts stop a silent server from holding a delivery (and
 * its locked outbox row) for ever: the attempt fails and the job is retried later instead.
 */
export function smtpDeliverer(smtpUrl: string): Deliver {
  // The transport class, not createTransport(url): only it keeps other options beside a URL.
  const transport = nodemailer.createTransport(new SMTPTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }));
  return async (message) => {
    await transport.sendMail(message);
  };
}
