"use client";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { inviteMemberSchema, type InviteMemberInput } from "@/lib/members/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { RoleRadios } from "@/components/members/role-radios";

const FIELDS = ["email", "role"] as const;
const DEFAULTS: InviteMemberInput = { email: "", role: "ORG_MEMBER" };

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState> };

// No draft autosave: the form starts empty, so a saved draft would come back after the
// invitation was sent (useFormDraft only drops drafts equal to saved values), and there is one
// short field to lose.
export function InviteForm({ action }: Props) {
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(inviteMemberSchema, action, DEFAULTS);
  const summary = summaryErrors({ fieldErrors }, FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "email", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ErrorSummary errors={summary} />
      <TextField
        id="email"
        label="Email address"
        hint="We will email them a link to join. It works for 7 days."
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={error("email")}
        {...form.register("email")}
      />
      <RoleRadios legend="What should they be able to do?" error={error("role")} registration={form.register("role")} />
      <Button type="submit" disabled={pending}>Send invitation</Button>
    </form>
  );
}
