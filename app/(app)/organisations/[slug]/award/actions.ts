"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { requestReview } from "@/lib/awards/request-review";
import { startRenewal, type RenewalStarted } from "@/lib/awards/start-renewal";

// Thin: the services check who may act, the award's state and every rule again.

export async function requestReviewAction(slug: string, awardId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await requestReview(actor, slug, awardId, values);
  });
  if (state.status === "success") redirect(`/organisations/${encodeURIComponent(slug)}/award?done=review`);
  return state;
}

export async function startRenewalAction(slug: string, awardId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let started: RenewalStarted | null = null;
  const state = await runFormAction(formData, async () => {
    started = await startRenewal(actor, slug, awardId);
  });
  if (state.status === "success" && started) {
    const { notCarriedOver, newCriteria } = started as RenewalStarted;
    // Criterion codes only, so the page can say what to look at again.
    const query = new URLSearchParams({ done: "renewal" });
    if (notCarriedOver.length > 0) query.set("notCarried", notCarriedOver.join(","));
    if (newCriteria.length > 0) query.set("newCriteria", newCriteria.join(","));
    redirect(`/organisations/${encodeURIComponent(slug)}/award?${query.toString()}`);
  }
  return state;
}
