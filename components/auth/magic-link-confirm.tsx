"use client";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signInErrorMessage } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";

export function MagicLinkConfirm({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(token ? null : signInErrorMessage("LINK_INVALID"));
  const [pending, setPending] = useState(false);

  async function continueSignIn() {
    setPending(true);
    const result = await signIn("magic-link", { token, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(signInErrorMessage(result?.error));
      return;
    }
    router.push("/home");
    router.refresh();
  }

  return (
    <>
      <ErrorSummary errors={error ? [{ field: "continue", message: error }] : []} />
      {token && !error ? <p>Press the button to finish signing in.</p> : null}
      {error ? (
        <p>
          <Link href="/sign-in/email">Ask for a new sign-in link</Link>
        </p>
      ) : (
        <Button id="continue" type="button" onClick={continueSignIn} disabled={pending}>Continue</Button>
      )}
    </>
  );
}
