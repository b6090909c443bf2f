"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Radios } from "@/components/ui/radios";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; statementNumber: number; ready: boolean };

/** The task list's "Have you completed this section?" question. */
export function ReadyForm({ action, statementNumber, ready }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const error = state.fieldErrors.ready?.[0] ?? (state.status === "error" ? state.message : undefined);
  return (
    <form action={formAction} className="border-t-4 border-brand pt-4 mt-8">
      <ErrorSummary errors={error ? [{ field: "ready", message: error }] : []} />
      <Radios
        name="ready"
        legend={<span className="text-2xl">Have you finished statement {statementNumber}?</span>}
        error={error}
        items={[
          { value: "yes", label: "Yes, it is ready for assessors" },
          { value: "no", label: "No, I will come back to it later" },
        ]}
        inputProps={{ name: "ready" }}
      />
      <Button type="submit" disabled={pending}>Save and continue</Button>
      <p role="status" className="font-bold text-success">{state.status === "success" ? state.message : ""}</p>
      {ready ? <p>This statement is marked as ready.</p> : null}
    </form>
  );
}
