"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { addAccuracyPoint, removeAccuracyPoint } from "@/lib/moderation/accuracy-points";
import { confirmNoFactualErrors, sendAccuracyResponse } from "@/lib/moderation/respond-to-check";

// Thin: the services check the organisation, the admin role and that the check is still open.

const page = (slug: string, done: string) => `/organisations/${encodeURIComponent(slug)}/assessment?done=${done}`;

async function run(slug: string, formData: FormData, done: string, work: (values: Record<string, string>) => Promise<unknown>): Promise<FormState> {
  const state = await runFormAction(formData, async (values) => {
    await work(values);
  });
  if (state.status === "success") redirect(page(slug, done));
  return state;
}

export async function addPointAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return run(slug, formData, "added", (values) => addAccuracyPoint(actor, slug, values));
}

export async function removePointAction(slug: string, pointId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return run(slug, formData, "removed", () => removeAccuracyPoint(actor, slug, pointId));
}

export async function sendResponseAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return run(slug, formData, "sent", () => sendAccuracyResponse(actor, slug));
}

export async function confirmNoErrorsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return run(slug, formData, "no-errors", () => confirmNoFactualErrors(actor, slug));
}
