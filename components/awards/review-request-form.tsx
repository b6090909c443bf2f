"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { REVIEW_REQUEST_FIELDS, reviewRequestSchema, type ReviewRequestInput } from "@/lib/awards/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; draftKey: string };

const defaults: ReviewRequestInput = { grounds: "" };

/** The organisation's one request for a review, with its grounds. */
export function ReviewRequestForm({ action, draftKey }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(reviewRequestSchema, action, defaults, { draftKey });
  const summary = summaryErrors({ fieldErrors }, REVIEW_REQUEST_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "grounds", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <TextArea
        id="grounds"
        label="How was the assessment process not followed?"
        hint="For example, a step was missed, evidence you sent was not looked at, or the visit did not happen as agreed. Say what happened and when."
        rows={8}
        error={error("grounds")}
        {...form.register("grounds")}
      />
      <Button type="submit" disabled={pending}>Ask for a review</Button>
    </form>
  );
}
