"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { AppError } from "@/lib/errors";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { resendInvitation } from "@/lib/members/resend-invitation";

/** Resend or Cancel from the invitations table: the pressed button's value says which, and for which invitation. */
export async function manageInvitationAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let done = "";
  const state = await runFormAction(formData, async (values) => {
    const [intent, invitationId] = (values.do ?? "").split(":");
    if (intent === "resend" && invitationId) {
      await resendInvitation(actor, slug, invitationId);
      done = "resent";
    } else if (intent === "cancel" && invitationId) {
      await cancelInvitation(actor, slug, invitationId);
      done = "cancelled";
    } else {
      throw new AppError("INVALID", "Choose Resend or Cancel beside one of the invitations.");
    }
  });
  if (state.status === "success") redirect(`/organisations/${encodeURIComponent(slug)}/members?done=${done}`);
  return state;
}
