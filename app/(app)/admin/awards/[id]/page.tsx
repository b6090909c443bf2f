import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getAwardForAdmin } from "@/lib/awards/get-award";
import type { StatusChange } from "@/lib/awards/rules";
import { AwardSummary } from "@/components/awards/award-summary";
import { AwardBasis } from "@/components/awards/award-basis";
import { AwardHistory } from "@/components/awards/award-history";
import { ConditionTable } from "@/components/awards/condition-table";
import { ReviewPanel } from "@/components/awards/review-panel";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Award" };

// What just happened, from the redirect after a change; codes only.
const DONE: Record<string, string> = {
  condition: "Decision on the condition recorded. The organisation's administrators have been emailed.",
  review: "Review decided. The organisation's administrators have been emailed.",
  suspend: "Award suspended. The organisation's administrators have been emailed.",
  reinstate: "Award reinstated. The organisation's administrators have been emailed.",
  revoke: "Award revoked. The organisation's administrators have been emailed.",
};

const CHANGE_LABELS: Record<StatusChange, string> = { suspend: "Suspend the award", reinstate: "Reinstate the award", revoke: "Revoke the award" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminAwardPage({ params, searchParams }: Props) {
  const actor = await requireRole("SCHEME_ADMIN");
  const { id } = await params;
  const { done } = await searchParams;
  const award = await orNotFound(getAwardForAdmin(actor, id));
  const notice = typeof done === "string" ? DONE[done] : undefined;
  const base = `/admin/awards/${award.id}`;
  return (
    <>
      <Link href="/admin/awards" className="inline-block mb-4">Back to awards</Link>
      {notice ? (
        <div role="status" className="border-4 border-success p-4 mb-6">
          <p className="font-bold mb-0">{notice}</p>
        </div>
      ) : null}
      <span className="text-muted text-xl block mb-1">{award.organisation.name}</span>
      <h1>Award</h1>
      <AwardSummary award={award} />
      <p>
        <Link href={`/organisations/${award.organisation.slug}/award`}>See the award as the organisation sees it</Link>
      </p>

      <h2>Conditions</h2>
      <ConditionTable
        conditions={award.conditions}
        decideHref={award.status === "ACTIVE" || award.status === "SUSPENDED" ? (conditionId) => `${base}/conditions/${conditionId}` : undefined}
      />

      <h2>Review of the decision</h2>
      {award.review ? <ReviewPanel review={award.review} /> : <p>The organisation has not asked for a review.</p>}
      {award.review?.status === "REQUESTED" && (award.status === "ACTIVE" || award.status === "SUSPENDED") ? (
        award.involvedBecause ? (
          <p className="border-l-8 border-border pl-4">{award.involvedBecause} Ask a scheme administrator who took no part to decide it.</p>
        ) : (
          <ButtonLink href={`${base}/review`}>Decide the review</ButtonLink>
        )
      ) : null}

      <h2>Suspend, reinstate or revoke</h2>
      {award.statusChanges.length === 0 ? (
        <p>{award.status === "REVOKED" ? "This award has been revoked. Revoking is final." : "This award can no longer be changed."}</p>
      ) : (
        <div className="flex flex-wrap gap-4">
          {award.statusChanges.map((change) => (
            <ButtonLink key={change} href={`${base}/status/${change}`} variant={change === "reinstate" ? "primary" : change === "revoke" ? "warning" : "secondary"}>
              {CHANGE_LABELS[change]}
            </ButtonLink>
          ))}
        </div>
      )}

      <h2>History</h2>
      <AwardHistory rows={award.history} />

      <AwardBasis snapshot={award.snapshot} />
    </>
  );
}
