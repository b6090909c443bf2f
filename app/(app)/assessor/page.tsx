import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";

export const metadata: Metadata = { title: "My assessments" };

export default async function AssessorHome() {
  const actor = await requireRole("ASSESSOR");
  return (
    <>
      <h1>My assessments</h1>
      <p>Hello {actor.name}.</p>
      <h2>Visits</h2>
      <p>You have no visits assigned yet. When the scheme team asks you to assess an organisation, it will appear here and we will email you.</p>
      <h2>Get ready</h2>
      <p>
        <Link href="/standard">Read the standard</Link>: the six I Statements and what each level asks for, in plain English or easy read.
      </p>
    </>
  );
}
