"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  id: string;
  hidden?: Record<string, string>;
  variant?: "primary" | "secondary" | "warning";
};

/** A form that is just a button (publish, remove, draft); its problems show in an error summary. */
export function ActionButtonForm({ action, label, id, hidden = {}, variant = "primary" }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const problems = [...(state.message ? [state.message] : []), ...Object.values(state.fieldErrors).flatMap((m) => m ?? [])];
  return (
    <form action={formAction}>
      {state.status === "error" ? <ErrorSummary errors={[...new Set(problems)].map((message) => ({ field: id, message }))} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button id={id} type="submit" variant={variant} disabled={pending}>{label}</Button>
    </form>
  );
}
