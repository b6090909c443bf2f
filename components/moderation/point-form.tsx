"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { ACCURACY_POINT_FIELDS, accuracyPointSchema, type AccuracyPointInput } from "@/lib/moderation/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  statements: { number: number; text: string }[];
};

const defaults: AccuracyPointInput = { statementNumber: "", whatIsWrong: "", evidence: "" };

/** One factual error in the report, and the evidence that existed at the visit that shows it. */
export function PointForm({ action, statements }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(accuracyPointSchema, action, defaults);
  const { register } = form;
  const summary = summaryErrors({ fieldErrors }, ACCURACY_POINT_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "whatIsWrong", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <Select
        id="statementNumber"
        label="Which statement is it about? (optional)"
        error={error("statementNumber")}
        options={[{ value: "", label: "The whole report" }, ...statements.map((s) => ({ value: String(s.number), label: `Statement ${s.number}` }))]}
        {...register("statementNumber")}
      />
      <TextArea id="whatIsWrong" label="What is wrong in the report?" hint="Quote or describe the part that is factually wrong." rows={4} error={error("whatIsWrong")} {...register("whatIsWrong")} />
      <TextArea
        id="evidence"
        label="What evidence existed at the visit that shows this?"
        hint="Only evidence that existed on the day of the visit can be considered. Say where the assessors could have seen it."
        rows={4}
        error={error("evidence")}
        {...register("evidence")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>Add this point</Button>
    </form>
  );
}
