import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listConflictChoices, listMyConflicts } from "@/lib/assessors/conflicts";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { ConflictForm } from "@/components/assessors/conflict-form";
import { ForgetDraft } from "@/components/forms/forget-draft";
import { CONFLICT_LABELS } from "@/components/assessors/conflict-labels";
import { declareConflictAction, removeConflictAction } from "./actions";

export const metadata: Metadata = { title: "Organisations you have a link with" };

const DONE = { added: "Thank you. We will not ask you to assess that organisation.", removed: "That link has been removed." } as const;

export default async function MyConflictsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const actor = await requireRole("ASSESSOR");
  const [conflicts, choices, { done }] = await Promise.all([listMyConflicts(actor), listConflictChoices(actor), searchParams]);
  const message = done === "added" || done === "removed" ? DONE[done] : null;
  return (
    <>
      <Link href="/assessor" className="inline-block mb-4">Back to my assessments</Link>
      <h1>Organisations you have a link with</h1>
      {message ? <NotificationBanner><p className="mb-0 font-bold">{message}</p></NotificationBanner> : null}
      <p>
        To keep assessments fair, tell us about any organisation you have worked or volunteered for, used, or where someone close to you works
        or gets support. We will not send you to assess them. Having a link is normal and nothing to worry about.
      </p>
      <h2>Links you have told us about</h2>
      {conflicts.length === 0 ? (
        <p>You have not told us about any links yet.</p>
      ) : (
        <ul className="list-none p-0 mb-8">
          {conflicts.map((c) => (
            <li key={c.id} className="border-b border-border py-3">
              <h3 className="text-lg mb-1">{c.organisationName}</h3>
              <p className="mb-2">{CONFLICT_LABELS[c.kind]}{c.note ? `. ${c.note}` : ""}</p>
              <ActionButtonForm action={removeConflictAction.bind(null, c.id)} id={`remove-${c.id}`} label={`Remove the link with ${c.organisationName}`} variant="secondary" />
            </li>
          ))}
        </ul>
      )}
      <h2>Tell us about a link</h2>
      {done === "added" ? <ForgetDraft draftKey={`assessor-conflict:${actor.userId}`} /> : null}
      {choices.length === 0 ? <p>You have told us about every organisation on the scheme.</p> : <ConflictForm action={declareConflictAction} organisations={choices} draftKey={`assessor-conflict:${actor.userId}`} />}
    </>
  );
}
