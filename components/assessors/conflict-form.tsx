"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { CONFLICT_FIELDS, CONFLICT_KINDS, conflictSchema, type ConflictInput } from "@/lib/assessors/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { CONFLICT_LABELS } from "@/components/assessors/conflict-labels";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; organisations: { id: string; name: string }[] };

const defaults: ConflictInput = { organisationId: "", kind: "", note: "" } as unknown as ConflictInput;

/** An assessor tells the scheme about a link with an organisation, so they are not sent there. */
export function ConflictForm({ action, organisations, draftKey }: Props & { draftKey: string }) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(conflictSchema, action, defaults, { draftKey });
  const { register } = form;
  const summary = summaryErrors({ fieldErrors }, CONFLICT_FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "organisationId", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <Select
        id="organisationId"
        label="Which organisation?"
        error={error("organisationId")}
        options={[{ value: "", label: "Choose an organisation" }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
        {...register("organisationId")}
      />
      <Radios
        name="kind"
        legend="How do you know them?"
        error={error("kind")}
        items={CONFLICT_KINDS.map((kind) => ({ value: kind, label: CONFLICT_LABELS[kind] }))}
        inputProps={register("kind")}
      />
      <TextArea id="note" label="Anything you want to add (optional)" hint="Only the scheme team sees this. You do not have to give details." rows={3} error={error("note")} {...register("note")} />
      <Button type="submit" disabled={pending}>Tell us about this link</Button>
    </form>
  );
}
