"use client";
import { useMemo } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { ASSIGN_FIELDS, assignSchema, type AssignInput } from "@/lib/visits/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";
import { DateInput } from "@/components/ui/date-input";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  assessors: { userId: string; name: string }[];
  /** Today, so the browser refuses a past date as the server will. */
  today: string;
  draftKey: string;
};

const defaults = { leadUserId: "", coAssessorUserId: "", visitDay: "", visitMonth: "", visitYear: "" } as AssignInput;

/** Two assessors (one the lead) and a visit date. The server checks every rule again. */
export function AssignForm({ action, assessors, today, draftKey }: Props) {
  const schema = useMemo(() => assignSchema({ notBefore: today }), [today]);
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(schema, action, defaults, { draftKey });
  const { register } = form;
  const summary = summaryErrors({ fieldErrors }, ASSIGN_FIELDS).map((e) => (e.field === "visitDate" ? { ...e, field: "visitDate-day" } : e));
  // Each assessor can have more than one reason; show them all in the summary.
  for (const field of ["leadUserId", "coAssessorUserId"] as const) {
    for (const message of fieldErrors[field]?.slice(1) ?? []) summary.push({ field, message });
  }
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "leadUserId", message: state.message });
  const items = assessors.map((a) => ({ value: a.userId, label: a.name }));
  const dateError = error("visitDate");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <Radios name="leadUserId" legend="Who will lead the visit?" hint="The lead assessor submits the report." error={fieldErrors.leadUserId?.join(". ")} items={items} inputProps={register("leadUserId")} />
      <Radios name="coAssessorUserId" legend="Who will go with them as co-assessor?" hint="Choose a different person." error={fieldErrors.coAssessorUserId?.join(". ")} items={items} inputProps={register("coAssessorUserId")} />
      <DateInput
        id="visitDate"
        legend="When is the visit?"
        hint="Today or later. For example, 10 3 2027"
        error={dateError}
        parts={(["Day", "Month", "Year"] as const).map((part) => ({
          id: `visitDate-${part.toLowerCase()}`,
          label: part,
          width: part === "Year" ? "w-24" : "w-16",
          error: Boolean(dateError),
          inputProps: { autoComplete: "off", ...register(`visit${part}`) },
        }))}
      />
      <Button type="submit" disabled={pending}>Assign and email the assessors</Button>
    </form>
  );
}
