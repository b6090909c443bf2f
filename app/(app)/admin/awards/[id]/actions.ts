"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { changeAwardStatus, checkStatusChange } from "@/lib/awards/change-status";
import { decideReview } from "@/lib/awards/decide-review";
import { resolveCondition } from "@/lib/awards/resolve-condition";
import type { StatusChange } from "@/lib/awards/rules";
import { CHECK_STEP } from "@/lib/awards/schemas";

// Thin: the services check the role, the award's state and every rule again.

const done = (awardId: string, what: string) => `/admin/awards/${encodeURIComponent(awardId)}?done=${what}`;

export async function resolveConditionAction(awardId: string, conditionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await resolveCondition(actor, awardId, conditionId, values);
  });
  if (state.status === "success") redirect(done(awardId, "condition"));
  return state;
}

export async function decideReviewAction(awardId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await decideReview(actor, awardId, values);
  });
  if (state.status === "success") redirect(done(awardId, "review"));
  return state;
}

/** First the reason is checked and shown back; only the confirmed second step changes the award. */
export async function changeStatusAction(awardId: string, change: StatusChange, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    if (values.confirm !== "yes") {
      const checked = await checkStatusChange(actor, awardId, change, values);
      return { status: "success", message: CHECK_STEP, fieldErrors: {}, values: checked };
    }
    await changeAwardStatus(actor, awardId, change, values);
  });
  if (state.status === "success" && state.message !== CHECK_STEP) redirect(done(awardId, change));
  return state;
}
