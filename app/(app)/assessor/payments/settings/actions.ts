"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { updatePaymentSettings } from "@/lib/payments/payment-settings";

// Thin: the service saves the signed-in assessor's own choices, never anyone named in the form.

export async function updatePaymentSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, (values) => updatePaymentSettings(actor, values));
  if (state.status === "success") redirect("/assessor/payments?saved=settings");
  return state;
}
