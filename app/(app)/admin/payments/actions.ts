"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { recordPayment } from "@/lib/payments/record-payment";
import { markNotPaid, markPaid } from "@/lib/payments/mark-paid";
import { addPermittedWorkFigures } from "@/lib/payments/permitted-work";

// Thin: the services check the role, validate, and treat the bound ids as untrusted.

const visitPage = (visitId: string, done: string, userId: string) =>
  `/admin/payments/visits/${encodeURIComponent(visitId)}?${done}=${encodeURIComponent(userId)}#assessor-${encodeURIComponent(userId)}`;

export async function recordPaymentAction(visitId: string, userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await recordPayment(actor, visitId, userId, values);
  });
  if (state.status === "success") redirect(visitPage(visitId, "saved", userId));
  return state;
}

export async function markPaidAction(visitId: string, userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => markPaid(actor, visitId, userId));
  if (state.status === "success") redirect(visitPage(visitId, "paid", userId));
  return state;
}

export async function markNotPaidAction(visitId: string, userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => markNotPaid(actor, visitId, userId));
  if (state.status === "success") redirect(visitPage(visitId, "unpaid", userId));
  return state;
}

export async function addLimitsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let replaced = false;
  const state = await runFormAction(formData, async (values) => {
    replaced = (await addPermittedWorkFigures(actor, values)).replaced;
  });
  if (state.status === "success") redirect(`/admin/payments/limits?done=${replaced ? "replaced" : "added"}`);
  return state;
}
