import type { Metadata } from "next";
import { MagicLinkRequestForm } from "@/components/auth/magic-link-request-form";

export const metadata: Metadata = { title: "Get a sign-in link" };

export default function MagicLinkPage() {
  return (
    <div className="max-w-xl">
      <h1>Get a sign-in link by email</h1>
      <p>We will email you a link that signs you in. It works once, for 15 minutes.</p>
      <MagicLinkRequestForm />
    </div>
  );
}
