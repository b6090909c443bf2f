"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

export async function changeRoleAction(slug: string, membershipId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await changeMemberRole(actor, slug, membershipId, values);
  });
  if (state.status === "success") redirect(`/organisations/${encodeURIComponent(slug)}/members?done=role`);
  return state;
}

export async function removeMemberAction(slug: string, membershipId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let removedSelf = false;
  const state = await runFormAction(formData, async () => {
    ({ removedSelf } = await removeMember(actor, slug, membershipId));
  });
  // Someone who has just left can no longer see the organisation's pages: send them home.
  if (state.status === "success") redirect(removedSelf ? "/home" : `/organisations/${encodeURIComponent(slug)}/members?done=removed`);
  return state;
}
