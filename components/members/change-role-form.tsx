"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { changeRoleSchema, type ChangeRoleInput } from "@/lib/members/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RoleRadios } from "@/components/members/role-radios";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; defaults: ChangeRoleInput; name: string };

// No draft autosave: a single choice of two radios has nothing worth restoring.
export function ChangeRoleForm({ action, defaults, name }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(changeRoleSchema, action, defaults);
  const summary = summaryErrors({ fieldErrors }, ["role"]);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "role", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <RoleRadios legend={`What should ${name} be able to do?`} error={error("role")} registration={form.register("role")} />
      <Button type="submit" disabled={pending}>Save role</Button>
    </form>
  );
}
