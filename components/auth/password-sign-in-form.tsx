"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { passwordSignInSchema, signInErrorMessage } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

type Values = z.input<typeof passwordSignInSchema>;

type Props = {
  /** A fixed, read-only address (e.g. the one an invitation was sent to). */
  email?: string;
  /** Where to go once signed in: the person's home, or stay and refresh this page. */
  after?: "home" | "refresh";
};

export function PasswordSignInForm({ email, after = "home" }: Props) {
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values, unknown, z.output<typeof passwordSignInSchema>>({
    resolver: zodResolver(passwordSignInSchema),
    defaultValues: { email: email ?? "", password: "" },
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
    if (after === "home") router.push("/home");
    router.refresh();
  });

  const summary = [
    ...(errors.email?.message ? [{ field: "email", message: errors.email.message }] : []),
    ...(errors.password?.message ? [{ field: "password", message: errors.password.message }] : []),
    ...(serverError ? [{ field: "email", message: serverError }] : []),
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField id="email" label="Email address" type="email" autoComplete="username" spellCheck={false} readOnly={email !== undefined} error={errors.email?.message ?? serverError ?? undefined} {...register("email")} />
      <TextField id="password" label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...register("password")} />
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Signing in…" : "Sign in"}</Button>
    </form>
  );
}
