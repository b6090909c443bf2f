import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/access/actor";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentActor()) redirect("/home");
  return (
    <div className="max-w-xl">
      <h1>Sign in</h1>
      <PasswordSignInForm />
      <h2 className="text-xl">Forgotten your password, or prefer not to use one?</h2>
      <p>
        <Link href="/sign-in/email">Get a sign-in link by email</Link>
      </p>
    </div>
  );
}
