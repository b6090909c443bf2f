import Link from "next/link";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";

/**
 * Signing in without leaving the invitation: the address is the invited one and cannot be
 * changed here; after signing in the page reloads and offers the "Join" button.
 */
export function InvitationSignInForm({ email }: { email: string }) {
  return (
    <div className="max-w-xl">
      <PasswordSignInForm email={email} after="refresh" />
      <p>
        Forgotten your password? <Link href="/sign-in/email">Get a sign-in link by email</Link>, then open this invitation again.
      </p>
    </div>
  );
}
