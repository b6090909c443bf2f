"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect, useRef, startTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestMagicLinkAction } from "@/app/(auth)/sign-in/email/actions";
import { initialFormState, summaryErrors } from "@/lib/actions/form-state";
import { magicLinkRequestSchema } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

type Values = z.input<typeof magicLinkRequestSchema>;

export function MagicLinkRequestForm() {
  const [state, formAction, pending] = useActionState(requestMagicLinkAction, initialFormState);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(magicLinkRequestSchema), shouldFocusError: false });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "success") headingRef.current?.focus();
  }, [state.status]);

  if (state.status === "success") {
    return (
      <div className="border-4 border-success p-4" role="status">
        <h2 ref={headingRef} tabIndex={-1} className="mt-0 focus:outline-none">Check your email</h2>
        <p className="mb-0">If {state.message} has an account, we have sent a sign-in link to it. It may take a minute or two to arrive.</p>
      </div>
    );
  }

  const clientErrors = formState.errors.email?.message ? { email: [formState.errors.email.message] } : {};
  const fieldErrors = { ...state.fieldErrors, ...clientErrors };
  return (
    <form action={formAction} onSubmit={(event) => handleSubmit(() => startTransition(() => formAction(new FormData(event.target as HTMLFormElement))))(event)} noValidate>
      <ErrorSummary errors={summaryErrors({ fieldErrors }, ["email"])} />
      <TextField id="email" label="Email address" type="email" autoComplete="email" spellCheck={false} defaultValue={state.values.email} error={fieldErrors.email?.[0]} {...register("email")} />
      <Button type="submit" disabled={pending}>Send me a link</Button>
    </form>
  );
}
