import Link from "next/link";
import type { InvitationLookup } from "@/lib/members/find-invitation";

type Props = { invitation: Exclude<InvitationLookup, { status: "pending" }> };

/** A kind page for a link that cannot be used: what happened, and whom to ask for a new one. */
export function InvitationProblem({ invitation }: Props) {
  if (invitation.status === "invalid") {
    return (
      <div className="max-w-2xl">
        <h1>This invitation link does not work</h1>
        <p>Check that you opened the whole link from the email. Some email programs split long links over two lines.</p>
        <p>If it still does not work, ask the person who invited you to send you a new invitation.</p>
      </div>
    );
  }
  const { organisationName, invitedByName } = invitation;
  const whom = invitedByName ? `${invitedByName} or another administrator at ${organisationName}` : `an administrator at ${organisationName}`;
  if (invitation.status === "accepted") {
    return (
      <div className="max-w-2xl">
        <h1>This invitation has already been used</h1>
        <p>Each invitation link works once. If you have already joined {organisationName}, sign in to carry on.</p>
        <p><Link href="/sign-in">Sign in</Link></p>
        <p>If you have not joined, ask {whom} to invite you again.</p>
      </div>
    );
  }
  if (invitation.status === "expired") {
    return (
      <div className="max-w-2xl">
        <h1>This invitation has expired</h1>
        <p>Invitations work for 7 days, to keep your account safe.</p>
        <p>Ask {whom} to send you a new invitation.</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1>This invitation has been cancelled</h1>
      <p>It may have been replaced by a newer one: look in your email for a later invitation to {organisationName}.</p>
      <p>Otherwise, ask {whom} to invite you again.</p>
    </div>
  );
}
