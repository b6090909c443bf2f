"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { updateAssessorProfile } from "@/lib/assessors/update-profile";

// Thin: the service checks the role, validates and treats the bound user id as untrusted.

export async function updateProfileAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, (values) => updateAssessorProfile(actor, userId, values));
  if (state.status === "success") redirect(`/admin/assessors?saved=${encodeURIComponent(userId)}#assessor-${encodeURIComponent(userId)}`);
  return state;
}
