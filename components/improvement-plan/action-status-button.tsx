"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: "Mark as done" | "Reopen";
  /** The action's description: read out after the label, since a page has many such buttons. */
  context: string;
};

/** A one-button form to mark an action done or open it again. */
export function ActionStatusButton({ action, label, context }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-block mr-4">
      {state.status === "error" && state.message ? (
        <p role="alert" className="text-error font-bold mb-2">
          <span className="sr-only">Error: </span>
          {state.message}
        </p>
      ) : null}
      {/* The name starts with the visible label (WCAG 2.5.3) and says which action it is for. */}
      <Button type="submit" variant="secondary" disabled={pending} className="mb-0" aria-label={`${label}: ${context}`}>
        {label}
      </Button>
    </form>
  );
}
