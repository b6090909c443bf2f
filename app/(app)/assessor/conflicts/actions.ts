"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { declareConflict, removeConflict } from "@/lib/assessors/declare-conflict";

// Thin: the services take the assessor from the actor, never from the form.

export async function declareConflictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await declareConflict(actor, values);
  });
  if (state.status === "success") redirect("/assessor/conflicts?done=added");
  return state;
}

export async function removeConflictAction(declarationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => removeConflict(actor, declarationId));
  if (state.status === "success") redirect("/assessor/conflicts?done=removed");
  return state;
}
