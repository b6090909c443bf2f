"use client";
import { useEffect } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { answerSchema, CLAIM_LABELS, type AnswerInput } from "@/lib/self-assessment/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { DraftRestoredNotice } from "@/components/forms/draft-restored-notice";
import { useClaims } from "@/components/self-assessment/claims-context";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  criterionId: string;
  code: string;
  defaults: AnswerInput;
  draftKey: string;
};

/** One criterion's claim and account, saved on its own so a long statement is never lost at once. */
export function CriterionAnswerForm({ action, criterionId, code, defaults, draftKey }: Props) {
  const { form, state, pending, formAction, onSubmit, restored, error } = useActionForm(answerSchema, action, defaults, { draftKey });
  const { setClaim } = useClaims();
  const prefix = `answer-${code}`;

  // After a save the server returns the answer's new version; the next save must start from it.
  useEffect(() => {
    if (state.status === "success" && state.values.version) form.setValue("version", state.values.version);
  }, [state, form]);

  const errors = [
    ...(error("claim") ? [{ field: `${prefix}-claim`, message: error("claim") ?? "" }] : []),
    ...(error("account") ? [{ field: `${prefix}-account`, message: error("account") ?? "" }] : []),
    ...(state.status === "error" && state.message && !error("claim") && !error("account") ? [{ field: `${prefix}-claim`, message: state.message }] : []),
  ];
  const claim = form.register("claim", { onChange: (event) => setClaim(criterionId, event.target.value) });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <DraftRestoredNotice show={restored} />
      <ErrorSummary errors={errors} title={`There is a problem with ${code}`} />
      <input type="hidden" name="criterionId" value={criterionId} />
      <input type="hidden" {...form.register("version")} />
      <Radios
        name={`${prefix}-claim`}
        legend={`Do you meet ${code}?`}
        legendClassName="text-base"
        error={error("claim")}
        items={Object.entries(CLAIM_LABELS).map(([value, label]) => ({ value, label }))}
        inputProps={claim}
      />
      <TextArea
        id={`${prefix}-account`}
        label="How do you do this?"
        hint="A few sentences in your own words: what you do, who is involved, and how you know it works."
        rows={4}
        error={error("account")}
        {...form.register("account")}
      />
      <div className="flex items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>Save answer to {code}</Button>
        <p role="status" className="mb-4 text-success font-bold">{state.status === "success" && !form.formState.isDirty ? "Saved" : ""}</p>
      </div>
    </form>
  );
}
