"use client";
import type { FormState } from "@/lib/actions/form-state";
import { criterionRatingSchema, RATING_LABELS, type CriterionRatingInput } from "@/lib/visit-record/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { DraftRestoredNotice } from "@/components/forms/draft-restored-notice";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";
import { savedText, useSaved } from "@/components/visit-record/use-saved";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  code: string;
  defaults: CriterionRatingInput;
  draftKey: string;
};

/** Met or not met for one criterion, with what the assessor saw or heard; saved on its own. */
export function CriterionRatingForm({ action, code, defaults, draftKey }: Props) {
  const { form, state, pending, formAction, onSubmit, restored, error } = useActionForm(criterionRatingSchema, action, defaults, { draftKey });
  const saved = useSaved(form, state, draftKey);
  const prefix = `criterion-${code.replace(/\W/g, "-")}`;
  const errors = [
    ...(error("rating") ? [{ field: `${prefix}-rating`, message: error("rating") ?? "" }] : []),
    ...(error("observation") ? [{ field: `${prefix}-observation`, message: error("observation") ?? "" }] : []),
    ...(state.status === "error" && state.message && !error("rating") && !error("observation") ? [{ field: `${prefix}-rating`, message: state.message }] : []),
  ];

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <DraftRestoredNotice show={restored} />
      <ErrorSummary errors={errors} title={`There is a problem with ${code}`} />
      <Radios
        name={`${prefix}-rating`}
        legend={`Is ${code} met?`}
        legendClassName="text-base"
        error={error("rating")}
        items={Object.entries(RATING_LABELS).map(([value, label]) => ({ value, label }))}
        inputProps={form.register("rating")}
      />
      <TextArea
        id={`${prefix}-observation`}
        label={`What did you see or hear about ${code}?`}
        hint="Needed if it is not met. If it is met, writing what you saw or heard is worth it: it counts as evidence from lived experience."
        rows={4}
        error={error("observation")}
        {...form.register("observation")}
      />
      <div className="flex items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>Save rating for {code}</Button>
        <p role="status" className="mb-4 text-success font-bold">{savedText(saved, pending)}</p>
      </div>
    </form>
  );
}
