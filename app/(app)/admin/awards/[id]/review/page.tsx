import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getAwardForAdmin } from "@/lib/awards/get-award";
import { ReviewPanel } from "@/components/awards/review-panel";
import { ReviewDecisionForm } from "@/components/awards/review-decision-form";
import { decideReviewAction } from "../actions";

export const metadata: Metadata = { title: "Decide a review" };

export default async function DecideReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const award = await orNotFound(getAwardForAdmin(actor, (await params).id));
  const back = `/admin/awards/${award.id}`;
  const open = award.review?.status === "REQUESTED" && (award.status === "ACTIVE" || award.status === "SUSPENDED");
  return (
    <>
      <Link href={back} className="inline-block mb-4">Back to the award</Link>
      <span className="text-muted text-xl block mb-1">{award.organisation.name}, level {award.level} award</span>
      <h1>Decide the review</h1>
      {award.review ? <ReviewPanel review={award.review} /> : null}
      {!open ? (
        <p>There is no review waiting for a decision on this award. <Link href={back}>See the award</Link>.</p>
      ) : award.involvedBecause ? (
        <p className="border-l-8 border-border pl-4">{award.involvedBecause} Ask a scheme administrator who took no part to decide it.</p>
      ) : (
        <>
          <p>
            Look at whether the assessment process was followed. Read the award&apos;s history and what it rests on on the <Link href={back}>award page</Link> before you
            decide.
          </p>
          <ReviewDecisionForm action={decideReviewAction.bind(null, award.id)} currentLevel={award.level} draftKey={`award-review-decision:${award.id}`} />
        </>
      )}
    </>
  );
}
