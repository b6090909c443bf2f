"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Signs out and comes back to the same invitation, to sign in as the address it is for. */
export function SignOutAndReturn({ token }: { token: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => signOut({ callbackUrl: `/invitations/${token}` })}>
      Sign out and continue
    </Button>
  );
}
