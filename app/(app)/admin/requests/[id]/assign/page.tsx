import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { todayInLondon } from "@/lib/dates";
import { getAssignment } from "@/lib/visits/get-assignment";
import { AssignForm } from "@/components/visits/assign-form";
import { assignVisitAction } from "./actions";

export const metadata: Metadata = { title: "Assign assessors" };

export default async function AssignAssessorsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const today = todayInLondon();
  const view = await orNotFound(getAssignment(actor, (await params).id, { today }));
  const back = `/admin/requests/${view.requestId}`;
  return (
    <>
      <Link href={back} className="inline-block mb-4">Back to the request</Link>
      <span className="text-muted text-xl block mb-1">{view.organisationName}</span>
      <h1>Assign assessors</h1>
      {view.status !== "QUEUED" ? (
        <p>Assessors have already been assigned to this request, or it is no longer waiting. <Link href={back}>See the request</Link>.</p>
      ) : (
        <>
          <p>Choose two different Experts by Experience, one of them the lead, and the date of the visit. We will email them both.</p>
          {view.eligible.length < 2 ? (
            <p className="font-bold">There are not enough accredited assessors without a link to this organisation. <Link href="/admin/assessors">Check the assessor pool</Link>.</p>
          ) : null}
          <AssignForm action={assignVisitAction.bind(null, view.requestId)} assessors={view.eligible} today={today} draftKey={`assign:${view.requestId}`} />
          {view.ineligible.length > 0 ? (
            <>
              <h2>Not offered for this visit</h2>
              <ul className="list-disc pl-5">
                {view.ineligible.map((c) => (
                  <li key={c.userId}>{c.reasons.join(". ")}.</li>
                ))}
              </ul>
              <p><Link href="/admin/assessors">See the assessor pool</Link></p>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
