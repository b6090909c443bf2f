"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import type { InvitationView } from "@/lib/members/list-invitations";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Tag } from "@/components/ui/tag";
import { formatDate } from "@/components/members/format-date";

type Props = { invitations: InvitationView[]; action: (previous: FormState, formData: FormData) => Promise<FormState> };

const linkButton = "text-link underline underline-offset-2 cursor-pointer disabled:opacity-50 text-left";

/**
 * Invitations waiting to be accepted, each with Resend and Cancel. One form wraps the table so
 * any problem shows once, in an error summary above it; each button names its invitation.
 */
export function InvitationTable({ invitations, action }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  if (invitations.length === 0) return <p>There are no invitations waiting to be accepted.</p>;
  return (
    <form action={formAction}>
      <ErrorSummary errors={state.status === "error" && state.message ? [{ field: "invitations", message: state.message }] : []} />
      <table id="invitations" className="w-full border-collapse mb-8">
        <caption className="sr-only">Invitations waiting to be accepted</caption>
        <thead>
          <tr className="border-b-2 border-ink text-left">
            <th scope="col" className="py-2 pr-4">Email</th>
            <th scope="col" className="py-2 pr-4">Role</th>
            <th scope="col" className="py-2 pr-4">Sent</th>
            <th scope="col" className="py-2 pr-4">Link works until</th>
            <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id} className="border-b border-border align-top">
              <td className="py-2 pr-4 break-all">{invitation.email}</td>
              <td className="py-2 pr-4">{ROLE_LABELS[invitation.role]}</td>
              <td className="py-2 pr-4">
                {formatDate(invitation.sentAt)}
                {invitation.invitedByName ? <span className="block text-muted">by {invitation.invitedByName}</span> : null}
              </td>
              <td className="py-2 pr-4">{invitation.expired ? <Tag tone="red">Expired</Tag> : formatDate(invitation.expiresAt)}</td>
              <td className="py-2">
                <ul className="list-none p-0 m-0">
                  <li>
                    <button type="submit" name="do" value={`resend:${invitation.id}`} disabled={pending} className={linkButton}>
                      Resend<span className="sr-only"> invitation to {invitation.email}</span>
                    </button>
                  </li>
                  <li>
                    <button type="submit" name="do" value={`cancel:${invitation.id}`} disabled={pending} className={linkButton}>
                      Cancel<span className="sr-only"> invitation to {invitation.email}</span>
                    </button>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </form>
  );
}
