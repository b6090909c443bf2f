"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { closeFeedbackRound } from "@/lib/feedback/rounds/close-round";
import { openFeedbackRound } from "@/lib/feedback/rounds/open-round";

// Thin: the lib/feedback/rounds services check access and validate. Bound arguments come back
// from the browser, so the services treat them as untrusted too.

const roundPath = (slug: string, id: string) => `/organisations/${encodeURIComponent(slug)}/feedback/${encodeURIComponent(id)}`;

export async function openFeedbackRoundAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id = "";
  const state = await runFormAction(formData, async (values) => {
    ({ id } = await openFeedbackRound(actor, slug, values));
  });
  if (state.status === "success") redirect(`${roundPath(slug, id)}?done=opened`);
  return state;
}

export async function closeFeedbackRoundAction(slug: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async () => {
    await closeFeedbackRound(actor, slug, roundId);
  });
  if (state.status === "success") redirect(`${roundPath(slug, roundId)}?done=closed`);
  return state;
}
