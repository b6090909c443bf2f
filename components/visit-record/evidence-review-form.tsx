"use client";
import type { FormState } from "@/lib/actions/form-state";
import { evidenceReviewSchema, EVIDENCE_DECISION_LABELS, type EvidenceReviewInput } from "@/lib/visit-record/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { DraftRestoredNotice } from "@/components/forms/draft-restored-notice";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";
import { savedText, useSaved } from "@/components/visit-record/use-saved";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  evidenceId: string;
  title: string;
  defaults: EvidenceReviewInput;
  draftKey: string;
};

/** Accept or do not accept one evidence item; saved on its own so nothing else is lost. */
export function EvidenceReviewForm({ action, evidenceId, title, defaults, draftKey }: Props) {
  const { form, state, pending, formAction, onSubmit, restored, error } = useActionForm(evidenceReviewSchema, action, defaults, { draftKey });
  const saved = useSaved(form, state, draftKey);
  const prefix = `evidence-${evidenceId}`;
  const errors = [
    ...(error("decision") ? [{ field: `${prefix}-decision`, message: error("decision") ?? "" }] : []),
    ...(error("reason") ? [{ field: `${prefix}-reason`, message: error("reason") ?? "" }] : []),
    ...(state.status === "error" && state.message && !error("decision") && !error("reason") ? [{ field: `${prefix}-decision`, message: state.message }] : []),
  ];

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <DraftRestoredNotice show={restored} />
      <ErrorSummary errors={errors} title={`There is a problem with "${title}"`} />
      <Radios
        name={`${prefix}-decision`}
        legend={`Do you accept "${title}" as evidence?`}
        legendClassName="text-base"
        error={error("decision")}
        items={Object.entries(EVIDENCE_DECISION_LABELS).map(([value, label]) => ({ value, label }))}
        inputProps={form.register("decision")}
      />
      <TextArea
        id={`${prefix}-reason`}
        label="Why? (needed if you do not accept it)"
        hint="For example: it is too old, it does not show what it says, or nobody you met recognised it."
        rows={3}
        error={error("reason")}
        {...form.register("reason")}
      />
      <div className="flex items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>Save decision on &quot;{title}&quot;</Button>
        <p role="status" className="mb-4 text-success font-bold">{savedText(saved, pending)}</p>
      </div>
    </form>
  );
}
