"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { inviteMember } from "@/lib/members/invite-member";

export async function inviteMemberAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await inviteMember(actor, slug, values);
  });
  if (state.status === "success") redirect(`/organisations/${encodeURIComponent(slug)}/members?done=invited`);
  return state;
}
