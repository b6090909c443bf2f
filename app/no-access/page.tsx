import type { Metadata } from "next";

export const metadata: Metadata = { title: "No access yet" };

export default function NoAccessPage() {
  return (
    <>
      <h1>You are signed in, but not part of an organisation yet</h1>
      <p>Ask your organisation&apos;s administrator to invite you, or contact the scheme team.</p>
    </>
  );
}
