"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { saveAnswer } from "@/lib/self-assessment/save-answer";
import { markStatementReady } from "@/lib/self-assessment/mark-statement-ready";
import { requestAssessment } from "@/lib/assessment-requests/request-assessment";
import { linkEvidence, unlinkEvidence } from "@/lib/evidence/links";

// The organisation comes from the URL and is checked against the actor's memberships by each
// service; the criterion and evidence ids from the form are checked to belong to it.

export async function saveAnswerAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    const version = await saveAnswer(actor, slug, values.criterionId ?? "", values);
    revalidatePath(`/organisations/${slug}`, "layout");
    return { status: "success", message: "Saved", fieldErrors: {}, values: { version: String(version) } };
  });
}

export async function markReadyAction(slug: string, statementNumber: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    await markStatementReady(actor, slug, statementNumber, values);
    revalidatePath(`/organisations/${slug}`, "layout");
    return { status: "success", message: values.ready === "yes" ? "Marked as ready" : "Marked as in progress", fieldErrors: {}, values: {} };
  });
}

export async function linkEvidenceAction(slug: string, criterionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    if (!values.evidenceId) return { status: "error", fieldErrors: { evidenceId: ["Choose a piece of evidence to link"] }, values };
    await linkEvidence(actor, slug, values.evidenceId, criterionId);
    revalidatePath(`/organisations/${slug}`, "layout");
  });
}

export async function unlinkEvidenceAction(slug: string, criterionId: string, evidenceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async () => {
    await unlinkEvidence(actor, slug, evidenceId, criterionId);
    revalidatePath(`/organisations/${slug}`, "layout");
  });
}

export async function requestAssessmentAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async () => {
    await requestAssessment(actor, slug);
    revalidatePath(`/organisations/${slug}`, "layout");
    return { status: "success", message: "requested", fieldErrors: {}, values: {} };
  });
}
