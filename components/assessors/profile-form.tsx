"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { PROFILE_FIELDS, profileSchema, type ProfileInput } from "@/lib/assessors/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { DraftRestoredNotice } from "@/components/forms/draft-restored-notice";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import { DateInput } from "@/components/ui/date-input";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; defaults: ProfileInput; draftKey: string };

const DATES = [
  { field: "trainingCompletedOn", prefix: "training", legend: "When did they finish training?", hint: "Leave blank if they have not finished yet. For example, 19 9 2025" },
  { field: "accreditedOn", prefix: "accredited", legend: "When were they accredited?", hint: "Leave blank if they are not accredited yet." },
  { field: "accreditationExpiresOn", prefix: "expires", legend: "When does their accreditation expire?", hint: "They can assess up to the day before this date." },
] as const;

/** The scheme admin's edit of one assessor's training, accreditation and what they can assess. */
export function ProfileForm({ action, defaults, draftKey }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, restored, error } = useActionForm(profileSchema, action, defaults, { draftKey });
  const { register } = form;
  // Date problems link to the day box, the first of the three.
  const summary = summaryErrors({ fieldErrors }, PROFILE_FIELDS).map((e) => (DATES.some((d) => d.field === e.field) ? { ...e, field: `${e.field}-day` } : e));
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "trainingCompletedOn-day", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <DraftRestoredNotice show={restored} />
      {DATES.map(({ field, prefix, legend, hint }) => {
        const message = error(field);
        return (
          <DateInput
            key={field}
            id={field}
            legend={legend}
            hint={hint}
            error={message}
            parts={(["Day", "Month", "Year"] as const).map((part) => ({
              id: `${field}-${part.toLowerCase()}`,
              label: part,
              width: part === "Year" ? "w-24" : "w-16",
              error: Boolean(message),
              inputProps: { autoComplete: "off", ...register(`${prefix}${part}` as keyof ProfileInput) },
            }))}
          />
        );
      })}
      <TextArea id="areas" label="Areas they can assess in" hint="One area on each line, for example Leeds West." rows={4} error={error("areas")} {...register("areas")} />
      <TextArea id="serviceKinds" label="Kinds of service they can assess" hint="One on each line, in the words organisations use, for example peer groups." rows={4} error={error("serviceKinds")} {...register("serviceKinds")} />
      <TextArea id="availability" label="When they are usually free (optional)" hint="In their own words. Health can change, so treat this as a guide." rows={3} error={error("availability")} {...register("availability")} />
      <Button type="submit" disabled={pending}>Save assessor</Button>
    </form>
  );
}
