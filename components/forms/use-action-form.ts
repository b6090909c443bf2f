"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, type FormEvent } from "react";
import { useForm, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { initialFormState } from "@/lib/actions/form-state";
import { useFormDraft } from "@/components/forms/use-form-draft";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * One zod schema, two checks: react-hook-form validates in the browser for quick feedback, and
 * the same schema validates again in the server action. Server errors and client errors are
 * merged so each field shows one message, and values come back from the server on failure.
 * With a `draftKey`, what is typed is also kept in the tab until it is saved (useFormDraft).
 */
export function useActionForm<TSchema extends z.ZodType<FieldValues, FieldValues>>(
  schema: TSchema,
  action: Action,
  defaults: z.input<TSchema>,
  options: { draftKey?: string } = {},
) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const form = useForm<z.input<TSchema>, unknown, z.output<TSchema>>({
    resolver: zodResolver(schema),
    defaultValues: { ...defaults, ...state.values } as never,
    shouldFocusError: false,
  });

  const { restored } = useFormDraft(options.draftKey, form, defaults);

  const clientErrors: Record<string, string[]> = {};
  for (const [field, error] of Object.entries(form.formState.errors)) {
    const message = error && typeof error === "object" && "message" in error ? error.message : undefined;
    if (typeof message === "string") clientErrors[field] = [message];
  }
  const fieldErrors = { ...state.fieldErrors, ...clientErrors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formData = new FormData(event.currentTarget);
    void form.handleSubmit(() => startTransition(() => formAction(formData)))(event);
  };

  return { form, state, pending, fieldErrors, formAction, onSubmit, restored, error: (field: string) => fieldErrors[field]?.[0] };
}
