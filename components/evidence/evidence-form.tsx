"use client";
import { useState, type FormEvent } from "react";
import { useWatch } from "react-hook-form";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import type { StatementOption } from "@/lib/evidence/criteria";
import type { EvidenceFormValues } from "@/lib/evidence/form-defaults";
import { EVIDENCE_SOURCES, EVIDENCE_TYPES, SOURCE_LABELS, TYPE_LABELS, needsConsentQuestion, type EvidenceKind } from "@/lib/evidence/labels";
import { EVIDENCE_FIELDS, evidenceFormSchema } from "@/lib/evidence/schemas";
import { FILE_MESSAGES, MAX_FILE_BYTES } from "@/lib/evidence/upload-rules";
import { useActionForm } from "@/components/forms/use-action-form";
import { DraftRestoredNotice } from "@/components/forms/draft-restored-notice";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import { TextArea } from "@/components/ui/text-area";
import { ConsentFields } from "@/components/evidence/consent-fields";
import { CriteriaFields } from "@/components/evidence/criteria-fields";
import { KindFields } from "@/components/evidence/kind-fields";
import { StaleNotice } from "@/components/evidence/stale-notice";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: EvidenceFormValues;
  statements: StatementOption[];
  draftKey: string;
  submitLabel: string;
  /** For an edit: the kind cannot change, and a file item shows its current file. */
  fixedKind?: EvidenceKind;
  currentFile?: { filename: string; size: number } | null;
  /** For an edit: where to see the latest version if someone else saved first. */
  latestHref?: string;
};

/** Adds or changes an evidence item: one form, whose fields follow the kind and type chosen. */
export function EvidenceForm({ action, defaults, statements, draftKey, submitLabel, fixedKind, currentFile, latestHref }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error, restored } = useActionForm(evidenceFormSchema, action, defaults, { draftKey });
  const { register, control } = form;
  const [kind, type, aboutNamedPerson, criterionIds] = useWatch({ control, name: ["kind", "type", "aboutNamedPerson", "criterionIds"] });
  // The size is checked before sending: a file over the limit would be refused by the server
  // before our own message could be shown.
  const [fileError, setFileError] = useState<string>();
  const errorFor = (field: string) => (field === "file" ? (fileError ?? error("file")) : error(field));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > MAX_FILE_BYTES) {
      event.preventDefault();
      setFileError(FILE_MESSAGES.tooBig);
      return;
    }
    // Shown with the other fields' problems; the server checks again whatever happens here.
    setFileError(!fixedKind && kind === "FILE" && !file ? FILE_MESSAGES.missing : undefined);
    onSubmit(event);
  };

  const merged = { ...fieldErrors, ...(fileError ? { file: [fileError] } : {}) };
  const summary = summaryErrors({ fieldErrors: merged }, ["version", ...EVIDENCE_FIELDS]).map((e) => (e.field === "evidenceDate" ? { ...e, field: "dateDay" } : e));
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "title", message: state.message });
  const dateError = error("evidenceDate") ?? error("dateDay") ?? error("dateMonth") ?? error("dateYear");
  const datePart = (id: "dateDay" | "dateMonth" | "dateYear", label: string, width: string) => ({
    id, label, width, error: !!error(id) || !!error("evidenceDate"), inputProps: register(id),
  });

  return (
    <form action={formAction} onSubmit={handleSubmit} noValidate className="max-w-3xl">
      <ErrorSummary errors={summary} />
      <StaleNotice message={error("version")} href={latestHref} />
      <DraftRestoredNotice show={restored} />
      <KindFields register={register} error={errorFor} kind={kind ?? ""} fixedKind={fixedKind} currentFile={currentFile} />
      <TextField id="title" label="Title" hint="A short name people will recognise, like ‘Peer panel minutes, March 2026’." error={error("title")} {...register("title")} />
      <TextArea id="description" label="Description (optional)" hint="What it shows, and anything an assessor should know about it." rows={3} error={error("description")} {...register("description")} />
      <DateInput
        id="evidenceDate"
        legend="Date of the evidence"
        hint="When the meeting took place, the feedback was given or the document was written. For example, 27 3 2026."
        error={dateError}
        parts={[datePart("dateDay", "Day", "w-16"), datePart("dateMonth", "Month", "w-16"), datePart("dateYear", "Year", "w-24")]}
      />
      <Radios name="type" legend="Type of evidence" error={error("type")} inputProps={register("type")} items={EVIDENCE_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} />
      <Radios name="source" legend="Who does it come from?" hint="Whose voice or work it is." error={error("source")} inputProps={register("source")} items={EVIDENCE_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }))} />
      {needsConsentQuestion(type ?? "") ? <ConsentFields register={register} error={error} aboutNamedPerson={aboutNamedPerson ?? ""} /> : null}
      <CriteriaFields register={register} error={error("criterionIds")} statements={statements} selected={Array.isArray(criterionIds) ? criterionIds : []} />
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
    </form>
  );
}
