import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/access/require-role";
import { listOutbox } from "@/lib/mail/list-outbox";
import { getEnv, outboxPageEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Email outbox" };

const formatter = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function OutboxPage() {
  if (!outboxPageEnabled()) notFound();
  const actor = await requireRole("SCHEME_ADMIN");
  const emails = await listOutbox(actor);
  const smtp = Boolean(getEnv().SMTP_URL);
  return (
    <>
      <h1>Email outbox</h1>
      <p>The latest {emails.length} emails the app has written, newest first. This page exists only in development.</p>
      {emails.length === 0 ? <p>No emails yet.</p> : null}
      {emails.map((email) => (
        <article key={email.id} className="border-2 border-border p-4 mb-4" aria-labelledby={`email-${email.id}`}>
          <h2 id={`email-${email.id}`} className="text-xl mt-0">{email.subject}</h2>
          <p className="text-muted">
            To {email.to}, {formatter.format(email.createdAt)}
            {email.sentAt ? " (sent by SMTP)" : smtp ? " (not sent yet, or delivery failed: see the server log)" : " (not sent: no SMTP server configured)"}
          </p>
          <pre className="whitespace-pre-wrap font-sans bg-panel p-3">{email.text}</pre>
        </article>
      ))}
    </>
  );
}
