"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { statementEditSchema, type StatementEditInput } from "@/lib/standard/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; defaults: StatementEditInput };

export function StatementForm({ action, defaults }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(statementEditSchema, action, defaults);
  const summary = summaryErrors({ fieldErrors }, ["explanation", "easyRead"]);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "explanation", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <TextArea id="explanation" label="Plain-English explanation" rows={6} error={error("explanation")} {...form.register("explanation")} />
      <TextArea id="easyRead" label="Easy-read version" rows={4} error={error("easyRead")} {...form.register("easyRead")} />
      <Button type="submit" disabled={pending}>Save statement</Button>
    </form>
  );
}
