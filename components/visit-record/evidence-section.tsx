import type { SnapshotEvidence } from "@/lib/assessment-requests/snapshot";
import type { EvidenceReviewRow } from "@/lib/visit-record/types";
import { saveEvidenceReviewAction } from "@/app/(app)/assessor/visits/[id]/actions";
import { EvidenceSummary } from "@/components/visit-record/evidence-summary";
import { EvidenceReviewForm } from "@/components/visit-record/evidence-review-form";

type Props = {
  visitId: string;
  evidence: SnapshotEvidence[];
  mine: EvidenceReviewRow[];
  theirs: EvidenceReviewRow[];
  partnerName: string;
  readOnly: boolean;
};

const said = (row: EvidenceReviewRow) => (row.decision === "ACCEPTED" ? "accepted this" : `did not accept this${row.reason ? `: "${row.reason}"` : ""}`);

/** The statement's frozen evidence, each with the assessor's own accept / do not accept. */
export function EvidenceSection({ visitId, evidence, mine, theirs, partnerName, readOnly }: Props) {
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence the organisation sent</h2>
      {evidence.length === 0 ? <p>The organisation did not link any evidence to this statement.</p> : null}
      {evidence.map((e) => {
        const own = mine.find((r) => r.evidenceId === e.id);
        const other = theirs.find((r) => r.evidenceId === e.id);
        return (
          <article key={e.id} className="border-t-2 border-border pt-4 mb-6">
            <EvidenceSummary evidence={e} />
            {other && own && other.decision !== own.decision ? (
              <p className="border-l-4 border-brand pl-4 font-bold">{partnerName} {said(other)}</p>
            ) : null}
            {readOnly ? (
              <p>Your decision: {own ? said(own).replace(/^./, (c) => c.toUpperCase()) : "not decided"}</p>
            ) : (
              <EvidenceReviewForm
                action={saveEvidenceReviewAction.bind(null, visitId, e.id)}
                evidenceId={e.id}
                title={e.title}
                defaults={{ decision: own?.decision ?? (undefined as unknown as "ACCEPTED"), reason: own?.reason ?? "" }}
                draftKey={`visit:${visitId}:evidence:${e.id}`}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}
