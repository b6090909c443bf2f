"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { recordEvidenceReview } from "@/lib/visit-record/record-evidence-review";
import { recordCriterionRating } from "@/lib/visit-record/record-criterion-rating";
import { recordConversation } from "@/lib/visit-record/record-conversation";
import { submitReport } from "@/lib/visit-record/submit-report";

// Thin: the visit and item ids are bound by the page and checked by each service against the
// actor; the assessor is always the signed-in person, never a form field.

const saved = (values: Record<string, string>): FormState => ({ status: "success", message: "Saved", fieldErrors: {}, values });

export async function saveEvidenceReviewAction(visitId: string, evidenceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    await recordEvidenceReview(actor, visitId, evidenceId, values);
    revalidatePath(`/assessor/visits/${visitId}`, "layout");
    return saved(values);
  });
}

export async function saveCriterionRatingAction(visitId: string, criterionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    await recordCriterionRating(actor, visitId, criterionId, values);
    revalidatePath(`/assessor/visits/${visitId}`, "layout");
    return saved(values);
  });
}

export async function saveConversationAction(visitId: string, statementNumber: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    await recordConversation(actor, visitId, statementNumber, values);
    revalidatePath(`/assessor/visits/${visitId}`, "layout");
    return saved(values);
  });
}

export async function submitReportAction(visitId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async () => {
    await submitReport(actor, visitId);
    revalidatePath(`/assessor`, "layout");
  });
  if (state.status === "success") redirect(`/assessor/visits/${visitId}?submitted=1`);
  return state;
}
