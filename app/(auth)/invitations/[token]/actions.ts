"use server";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/access/actor";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/members/accept-with-new-account";

const SECRET_FIELDS = new Set(["password", "confirmPassword"]);

/** "Join <organisation>" for someone signed in as the invited address. */
export async function joinOrganisationAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentActor();
  // A session that ended while the page was open: say so here rather than lose the invitation.
  if (!actor) return { status: "error", message: "You have been signed out. Reload this page and sign in again to join.", fieldErrors: {}, values: {} };
  let slug = "";
  const state = await runFormAction(formData, async () => {
    ({ organisationSlug: slug } = await acceptInvitation(actor, token));
  });
  if (state.status === "success") redirect(`/organisations/${encodeURIComponent(slug)}`);
  return state;
}

/** Creates the invited person's account; the browser then signs in with the new password. */
export async function createAccountAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, async (values) => {
    await acceptInvitationWithNewAccount(token, values);
  });
  // Passwords never travel back to the browser in the form state.
  return { ...state, values: Object.fromEntries(Object.entries(state.values).filter(([field]) => !SECRET_FIELDS.has(field))) };
}
