"use client";
import { useMemo } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { parseDateParts } from "@/lib/date-input";
import { OPEN_ROUND_FIELDS, SERVICES_MAX, openRoundSchema, type OpenRoundInput } from "@/lib/feedback/rounds/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Today (UK), so the browser checks the dates as the server will. */
  today: string;
};

const defaults: OpenRoundInput = { startDay: "", startMonth: "", startYear: "", endDay: "", endMonth: "", endYear: "", services: "" };

type Prefix = "start" | "end";
const PARTS = ["Day", "Month", "Year"] as const;

/** The dates of a new round and which services it covers. The server checks every rule again. */
export function OpenRoundForm({ action, today }: Props) {
  const schema = useMemo(() => openRoundSchema({ today }), [today]);
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(schema, action, defaults);
  const { register } = form;
  const values = form.getValues();
  const badParts = (prefix: Prefix): string[] => {
    const parsed = parseDateParts({ day: values[`${prefix}Day`], month: values[`${prefix}Month`], year: values[`${prefix}Year`] });
    return parsed.ok ? ["day", "month", "year"] : parsed.parts;
  };
  const fieldOf = { startsOn: "start", endsOn: "end" } as const;
  const summary = summaryErrors({ fieldErrors }, OPEN_ROUND_FIELDS).map((e) =>
    e.field === "startsOn" || e.field === "endsOn" ? { ...e, field: `${e.field}-${badParts(fieldOf[e.field])[0] ?? "day"}` } : e,
  );
  // A refusal about the organisation (a visit in progress, another round open) has no field.
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "startsOn-day", message: state.message });

  const dateInput = (field: "startsOn" | "endsOn", legend: string, hint: string) => {
    const prefix = fieldOf[field];
    const message = error(field);
    const wrong = message ? badParts(prefix) : [];
    return (
      <DateInput
        id={field}
        legend={legend}
        hint={hint}
        error={message}
        parts={PARTS.map((part) => ({
          id: `${field}-${part.toLowerCase()}`,
          label: part,
          width: part === "Year" ? "w-24" : "w-16",
          error: wrong.includes(part.toLowerCase()),
          inputProps: { autoComplete: "off", ...register(`${prefix}${part}`) },
        }))}
      />
    );
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      {dateInput("startsOn", "When does the round start?", "Today or later. For example, 12 1 2027")}
      {dateInput("endsOn", "When does it end?", "After the start date, and no more than 3 months after it. People can answer until the end of this day.")}
      <TextArea
        id="services"
        label="Which of your services is the round about?"
        hint={`In your own words, as the people who use them would know them. For example: "Our Tuesday and Thursday peer support groups". Up to ${SERVICES_MAX} characters.`}
        rows={3}
        error={error("services")}
        {...register("services")}
      />
      <Button type="submit" disabled={pending}>Open the feedback round</Button>
    </form>
  );
}
