import type { Metadata } from "next";
import { MagicLinkConfirm } from "@/components/auth/magic-link-confirm";

export const metadata: Metadata = { title: "Finish signing in" };

// The link only signs in after a button press: email scanners that open links must not use it up.
export default async function MagicLinkLandingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return (
    <div className="max-w-xl">
      <h1>Finish signing in</h1>
      <MagicLinkConfirm token={typeof token === "string" ? token : ""} />
    </div>
  );
}
