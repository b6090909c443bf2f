"use client";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { apiKeyNameSchema, type ApiKeyNameInput } from "@/lib/api-keys/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

const DEFAULTS: ApiKeyNameInput = { name: "" };

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState> };

/** Names and creates a key, then shows the key once, with focus on it so it is read out. */
export function CreateApiKeyForm({ action }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(apiKeyNameSchema, action, DEFAULTS);
  const summary = summaryErrors({ fieldErrors }, ["name"]);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "name", message: state.message });
  const created = state.status === "success" ? state.values.createdKey : undefined;
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (created) {
      banner.current?.focus();
      form.reset(DEFAULTS);
    }
  }, [created, form]);
  return (
    <>
      {created ? (
        <div ref={banner} tabIndex={-1} role="region" aria-labelledby="new-key-title" className="border-4 border-success p-4 mb-8 focus:outline-none">
          <h2 id="new-key-title" className="mt-0">Your new key for {state.values.createdName}</h2>
          <p>Copy it now and keep it somewhere safe, such as your system&apos;s secret settings. We do not keep the key itself, so this is the only time you will see it.</p>
          <p className="font-mono text-lg break-all bg-panel p-3" data-testid="new-api-key">{created}</p>
        </div>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
        <ErrorSummary errors={summary} />
        <TextField id="name" label="Name for the key" hint="So you can tell your keys apart, for example 'Contracts database'." autoComplete="off" error={error("name")} {...form.register("name")} />
        <Button type="submit" disabled={pending}>Create a key</Button>
      </form>
    </>
  );
}
