"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/signed-out" })} className="text-white underline underline-offset-2 cursor-pointer font-bold">
      Sign out
    </button>
  );
}
