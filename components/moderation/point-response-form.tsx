"use client";
import type { FormState } from "@/lib/actions/form-state";
import { pointResponseSchema } from "@/lib/moderation/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** "Point 2", to tell the forms on the page apart. */
  label: string;
  id: string;
  response: string;
};

/** The scheme admin's response to one factual-accuracy point. */
export function PointResponseForm({ action, label, id, response }: Props) {
  const { form, state, pending, formAction, onSubmit, error } = useActionForm(pointResponseSchema, action, { response });
  const fieldId = `${id}-response`;
  const problem = error("response") ?? (state.status === "error" ? state.message : undefined);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={problem ? [{ field: fieldId, message: problem }] : []} title={`There is a problem with your response to ${label.toLowerCase()}`} />
      <TextArea id={fieldId} label={`Your response to ${label.toLowerCase()}`} hint="The organisation will see this." rows={3} error={error("response")} {...form.register("response")} />
      <Button type="submit" variant="secondary" disabled={pending}>{response ? `Change response to ${label.toLowerCase()}` : `Save response to ${label.toLowerCase()}`}</Button>
    </form>
  );
}
