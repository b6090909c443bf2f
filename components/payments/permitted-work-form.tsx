"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { LIMIT_FIELDS, limitSchema, type LimitInput } from "@/lib/payments/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { DateInput } from "@/components/ui/date-input";
import { TextField } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState> };

const defaults: LimitInput = { fromDay: "", fromMonth: "", fromYear: "", hours: "", earnings: "", note: "" };

/** The scheme admin adds the permitted-work figures in force from a date. */
export function PermittedWorkForm({ action }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(limitSchema, action, defaults);
  const { register } = form;
  const summary = summaryErrors({ fieldErrors }, LIMIT_FIELDS).map((e) => (e.field === "effectiveFrom" ? { ...e, field: "effectiveFrom-day" } : e));
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "effectiveFrom-day", message: state.message });
  const dateError = error("effectiveFrom");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <DateInput
        id="effectiveFrom"
        legend="When do these figures apply from?"
        hint="Usually the start of the tax year. Each week uses the figures in force on its Monday. For example, 6 4 2027"
        error={dateError}
        parts={(["Day", "Month", "Year"] as const).map((part) => ({
          id: `effectiveFrom-${part.toLowerCase()}`,
          label: part,
          width: part === "Year" ? "w-24" : "w-16",
          error: Boolean(dateError),
          inputProps: { autoComplete: "off", ...register(`from${part}` as "fromDay" | "fromMonth" | "fromYear") },
        }))}
      />
      <TextField
        id="hours"
        label="Hours limit"
        hint="People must work under this many hours a week, so a week of exactly this many hours reaches the limit. For ESA permitted work, 16."
        inputMode="decimal"
        autoComplete="off"
        className="max-w-40!"
        error={error("hours")}
        {...register("hours")}
      />
      <TextField
        id="earnings"
        label="Weekly earnings limit, in pounds"
        hint="The most someone can earn in a week. Earning exactly this is within the limit. For example, 195.50"
        inputMode="decimal"
        autoComplete="off"
        className="max-w-40!"
        error={error("earnings")}
        {...register("earnings")}
      />
      <TextArea id="note" label="Where the figures come from (optional)" hint="For example, the GOV.UK page you checked." rows={2} error={error("note")} {...register("note")} />
      <Button type="submit" disabled={pending}>Save figures</Button>
    </form>
  );
}
