"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { assignVisit } from "@/lib/visits/assign-visit";

// Thin: the service checks the role and every rule again, whatever the form offered.

export async function assignVisitAction(requestId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await assignVisit(actor, requestId, values);
  });
  if (state.status === "success") redirect(`/admin/requests/${encodeURIComponent(requestId)}?assigned=1`);
  return state;
}
