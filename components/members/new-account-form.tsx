"use client";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { summaryErrors } from "@/lib/actions/form-state";
import { newAccountSchema, PASSWORD_MIN_LENGTH, type NewAccountInput } from "@/lib/members/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

const FIELDS = ["name", "password", "confirmPassword"] as const;
const DEFAULTS: NewAccountInput = { name: "", password: "", confirmPassword: "" };

type Props = { email: string; action: (previous: FormState, formData: FormData) => Promise<FormState> };

/**
 * Name and password for someone joining without an account. Once the server has created the
 * account, the browser signs in with the password just typed and goes to their home page.
 * No draft autosave: passwords must never be written to the browser's storage.
 */
export function NewAccountForm({ email, action }: Props) {
  const router = useRouter();
  const { form, state, pending, fieldErrors, formAction, onSubmit, error } = useActionForm(newAccountSchema, action, DEFAULTS);
  const [signInFailed, setSignInFailed] = useState(false);

  useEffect(() => {
    if (state.status !== "success") return;
    let current = true;
    void signIn("password", { email, password: form.getValues("password"), redirect: false }).then((result) => {
      if (!current) return;
      if (!result || result.error) return setSignInFailed(true);
      router.push("/home");
      router.refresh();
    });
    return () => {
      current = false;
    };
  }, [state.status, email, form, router]);

  if (state.status === "success") {
    return (
      <div role="status" className="border-4 border-success p-4 mb-6">
        <p className="font-bold mb-2">Your account is ready.</p>
        {signInFailed ? (
          <p className="mb-0">We could not sign you in just now. <Link href="/sign-in">Sign in</Link> with {email} and your new password.</p>
        ) : (
          <p className="mb-0">Signing you in…</p>
        )}
      </div>
    );
  }

  const summary = summaryErrors({ fieldErrors }, FIELDS);
  if (state.status === "error" && state.message && summary.length === 0) summary.push({ field: "name", message: state.message });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl">
      <ErrorSummary errors={summary} />
      <TextField id="email" label="Email address" type="email" autoComplete="username" value={email} readOnly />
      <TextField id="name" label="Full name" autoComplete="name" spellCheck={false} error={error("name")} {...form.register("name")} />
      <TextField
        id="password"
        label="Create a password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few random words together are easy to remember and hard to guess.`}
        type="password"
        autoComplete="new-password"
        error={error("password")}
        {...form.register("password")}
      />
      <TextField id="confirmPassword" label="Enter the password again" type="password" autoComplete="new-password" error={error("confirmPassword")} {...form.register("confirmPassword")} />
      <Button type="submit" disabled={pending}>Create account and join</Button>
    </form>
  );
}
