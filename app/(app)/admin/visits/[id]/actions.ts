"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { sendForAccuracyCheck } from "@/lib/moderation/send-accuracy-check";
import { respondToPoint } from "@/lib/moderation/respond-to-point";
import { decideVisit } from "@/lib/moderation/decide-visit";

// Thin: each service checks the role, the visit's state and the input again.

const visitPage = (visitId: string, done: string) => `/admin/visits/${encodeURIComponent(visitId)}?done=${done}`;

export async function sendForCheckAction(visitId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async () => {
    await sendForAccuracyCheck(actor, visitId);
  });
  if (state.status === "success") redirect(visitPage(visitId, "sent"));
  return state;
}

export async function respondToPointAction(visitId: string, pointId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await respondToPoint(actor, visitId, pointId, values);
  });
  if (state.status === "success") redirect(visitPage(visitId, "responded"));
  return state;
}

export async function decideAction(visitId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let done = "awarded";
  const state = await runFormAction(formData, async (values) => {
    const outcome = await decideVisit(actor, visitId, values);
    done = outcome.outcome === "AWARD" ? "awarded" : "closed";
  });
  if (state.status === "success") redirect(visitPage(visitId, done));
  return state;
}
