"use client";
import { useEffect, useMemo } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { parseDateParts, type DatePart, type IsoDate } from "@/lib/improvement-plan/dates";
import { ACTION_FIELDS, DESCRIPTION_MAX, actionSchema, type ActionInput } from "@/lib/improvement-plan/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { DraftRestoredNotice } from "@/components/forms/draft-restored-notice";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { TextArea } from "@/components/ui/text-area";
import { DateInput } from "@/components/ui/date-input";
import { SavedActionPanel, type SavedAction } from "@/components/improvement-plan/saved-action-panel";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: ActionInput;
  draftKey: string;
  submitLabel: string;
  /** For a new action: today, so the form refuses a past due date as the server will. */
  notBefore?: IsoDate;
  /** For a change: the action as saved now (refreshed by the server after a clash). `defaults.version` must be its version. */
  saved?: SavedAction;
};

/** Adds or changes an action: what, who and by when. */
export function ActionForm({ action, defaults, draftKey, submitLabel, notBefore, saved }: Props) {
  const schema = useMemo(() => actionSchema(notBefore ? { notBefore } : {}), [notBefore]);
  const { form, state, pending, fieldErrors, formAction, onSubmit, restored, error } = useActionForm(schema, action, defaults, { draftKey });
  const { register } = form;
  // The form carries the version it started from (a restored draft keeps its own). Someone else
  // saved since when it differs from the saved one, or when the server has just said so.
  const clash = state.status === "error" && Boolean(state.fieldErrors.version);
  const formVersion = form.watch("version");
  const changedByOthers = saved !== undefined && (clash || formVersion !== String(saved.version));
  useEffect(() => {
    // Having been shown what is saved now, saving again is a deliberate choice to replace it.
    if (clash && saved) form.setValue("version", String(saved.version));
  }, [clash, saved, form]);

  const dateError = error("dueDate");
  const parts = dateError ? badParts(form.getValues()) : [];
  const summary = summaryErrors({ fieldErrors }, ACTION_FIELDS).map((e) => (e.field === "dueDate" ? { ...e, field: `dueDate-${parts[0] ?? "day"}` } : e));
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "description", message: state.message });

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <DraftRestoredNotice show={restored} />
      {changedByOthers && saved ? <SavedActionPanel saved={saved} /> : null}
      {saved ? <input type="hidden" {...register("version")} /> : null}
      <TextArea
        id="description"
        label="What will you do?"
        hint={`One clear step, in plain English. For example: "Ask our peer group to help rewrite the welcome leaflet". Up to ${DESCRIPTION_MAX} characters.`}
        rows={3}
        error={error("description")}
        {...register("description")}
      />
      <TextField id="owner" label="Who will make sure it happens?" hint="Their name. If the post is not filled yet, the job title." autoComplete="off" error={error("owner")} {...register("owner")} />
      <DateInput
        id="dueDate"
        legend="When should it be done by?"
        hint="For example, 27 3 2027"
        error={dateError}
        parts={[
          { id: "dueDate-day", label: "Day", width: "w-16", error: parts.includes("day"), inputProps: { autoComplete: "off", ...register("dueDay") } },
          { id: "dueDate-month", label: "Month", width: "w-16", error: parts.includes("month"), inputProps: { autoComplete: "off", ...register("dueMonth") } },
          { id: "dueDate-year", label: "Year", width: "w-24", error: parts.includes("year"), inputProps: { autoComplete: "off", ...register("dueYear") } },
        ]}
      />
      <Button type="submit" disabled={pending}>{submitLabel}</Button>
    </form>
  );
}

/** The boxes to highlight: the ones the date check blames, or all three (say, a date in the past). */
function badParts(values: Record<string, unknown>): DatePart[] {
  const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const parsed = parseDateParts({ day: text("dueDay"), month: text("dueMonth"), year: text("dueYear") });
  return parsed.ok ? ["day", "month", "year"] : parsed.parts;
}
