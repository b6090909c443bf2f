"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { criterionEditSchema, type CriterionEditInput } from "@/lib/standard/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";

const FIELDS = ["text", "easyRead", "guidance", "evidenceExamples"] as const;

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; defaults: CriterionEditInput };

export function CriterionForm({ action, defaults }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(criterionEditSchema, action, defaults);
  const summary = summaryErrors({ fieldErrors }, FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "text", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <TextArea id="text" label="Criterion" hint="One plain-English sentence saying what is in place." rows={3} error={error("text")} {...form.register("text")} />
      <TextArea id="easyRead" label="Easy-read version" hint="Short sentences and everyday words." rows={3} error={error("easyRead")} {...form.register("easyRead")} />
      <TextArea id="guidance" label="Guidance" hint="What good looks like, and what does not count." rows={4} error={error("guidance")} {...form.register("guidance")} />
      <TextArea id="evidenceExamples" label="Examples of evidence" hint="One example per line." rows={5} error={error("evidenceExamples")} {...form.register("evidenceExamples")} />
      <Button type="submit" disabled={pending}>Save criterion</Button>
    </form>
  );
}
