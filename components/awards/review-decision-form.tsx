"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { REVIEW_DECISION_FIELDS, reviewDecisionSchema, type ReviewDecisionInput } from "@/lib/awards/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; currentLevel: number; draftKey: string };

const defaults = { outcomeLevel: "", reason: "" } as ReviewDecisionInput;

/** The reviewer's decision: the level after review, which may be lower or higher, and why. */
export function ReviewDecisionForm({ action, currentLevel, draftKey }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(reviewDecisionSchema, action, defaults, { draftKey });
  const summary = summaryErrors({ fieldErrors }, REVIEW_DECISION_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "outcomeLevel", message: state.message });
  const items = [3, 2, 1].map((level) => ({ value: String(level), label: level === currentLevel ? `Level ${level}: no change` : `Level ${level}` }));
  items.push({ value: "0", label: "No award: revoke it" });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <Radios
        name="outcomeLevel"
        legend="What level should the award be after the review?"
        hint={`It is level ${currentLevel} now. The level may go down as well as up.`}
        error={error("outcomeLevel")}
        items={items}
        inputProps={form.register("outcomeLevel")}
      />
      <TextArea id="reason" label="Reason for your decision" hint="The organisation's administrators are emailed this reason." rows={6} error={error("reason")} {...form.register("reason")} />
      <Button type="submit" disabled={pending}>Record the decision</Button>
    </form>
  );
}
