import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listMyVisits } from "@/lib/visits/list-my-visits";
import { MyVisits } from "@/components/visits/my-visits";

export const metadata: Metadata = { title: "My assessments" };

export default async function AssessorHome() {
  const actor = await requireRole("ASSESSOR");
  const visits = await listMyVisits(actor);
  return (
    <>
      <h1>My assessments</h1>
      <p>Hello {actor.name}.</p>
      <h2>Your visits</h2>
      <MyVisits visits={visits} />
      <h2>Organisations you have a link with</h2>
      <p>
        <Link href="/assessor/conflicts">Tell us about organisations you know</Link>, so we do not ask you to assess them.
      </p>
      <h2>Your payments</h2>
      <p>
        <Link href="/assessor/payments">See what you are paid for each visit</Link>, your hours each week, and how you would like to be paid.
      </p>
      <h2>Get ready</h2>
      <p>
        <Link href="/standard">Read the standard</Link>: the six I Statements and what each level asks for, in plain English or easy read.
      </p>
    </>
  );
}
