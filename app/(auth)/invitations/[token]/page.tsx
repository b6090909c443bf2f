import type { Metadata } from "next";
import { getCurrentActor } from "@/lib/access/actor";
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { findInvitation } from "@/lib/members/find-invitation";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { InvitationProblem } from "@/components/members/invitation-problem";
import { InvitationSignInForm } from "@/components/members/invitation-sign-in-form";
import { NewAccountForm } from "@/components/members/new-account-form";
import { SignOutAndReturn } from "@/components/members/sign-out-and-return";
import { createAccountAction, joinOrganisationAction } from "./actions";

// The token is in the address: never pass it on to another site in the Referer header.
export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer" };

/**
 * Opening the link never accepts the invitation by itself (email scanners open links): the
 * person presses "Join", or creates their account, first.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(token);
  if (invitation.status !== "pending") return <InvitationProblem invitation={invitation} />;
  const actor = await getCurrentActor();
  const { organisationName, email } = invitation;
  return (
    <div className="max-w-2xl">
      <h1>Join {organisationName}</h1>
      <p>
        {invitation.invitedByName ?? "An administrator"} has invited <strong>{email}</strong> to join {organisationName} on the Coproduction
        Quality Mark, as: <strong>{ROLE_LABELS[invitation.role]}</strong>.
      </p>
      {actor && actor.email !== email ? (
        <>
          <h2>You are signed in as someone else</h2>
          <p>
            You are signed in as {actor.email}, but this invitation is for {email}. Sign out, and this page will then ask you to sign in as {email}.
          </p>
          <SignOutAndReturn token={token} />
        </>
      ) : actor ? (
        <ActionButtonForm action={joinOrganisationAction.bind(null, token)} id="join" label={`Join ${organisationName}`} />
      ) : invitation.accountExists ? (
        <>
          <h2>Sign in to join</h2>
          <p>There is already an account for {email}. Sign in with it, then you can join.</p>
          <InvitationSignInForm email={email} />
        </>
      ) : (
        <>
          <h2>Create your account</h2>
          <p>You will use your email address and this password to sign in.</p>
          <NewAccountForm email={email} action={createAccountAction.bind(null, token)} />
        </>
      )}
    </div>
  );
}
