"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { passwordSignInSchema, signInErrorMessage } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

type Values = z.input<typeof passwordSignInSchema>;

/**
 * Signing in without leaving the invitation: the address is the invited one and cannot be
 * changed here; after signing in the page reloads and offers the "Join" button.
 */
export function InvitationSignInForm({ email }: { email: string }) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values, unknown, z.output<typeof passwordSignInSchema>>({
    resolver: zodResolver(passwordSignInSchema),
    defaultValues: { email, password: "" },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await signIn("password", { email: values.email, password: values.password, redirect: false });
    if (!result || result.error) {
      setServerError(signInErrorMessage(result?.error));
      return;
    }
    router.refresh();
  });

  const passwordError = errors.password?.message ?? serverError ?? undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      <ErrorSummary errors={passwordError ? [{ field: "password", message: passwordError }] : []} />
      <TextField id="email" label="Email address" type="email" autoComplete="username" readOnly {...register("email")} />
      <TextField id="password" label="Password" type="password" autoComplete="current-password" error={passwordError} {...register("password")} />
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Signing in…" : "Sign in"}</Button>
      <p>
        Forgotten your password? <Link href="/sign-in/email">Get a sign-in link by email</Link>, then open this invitation again.
      </p>
    </form>
  );
}
