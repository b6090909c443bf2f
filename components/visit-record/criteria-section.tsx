import type { AssessmentSnapshot, SnapshotEvidence } from "@/lib/assessment-requests/snapshot";
import type { CriterionRatingRow } from "@/lib/visit-record/types";
import { CLAIM_LABELS } from "@/lib/self-assessment/schemas";
import { saveCriterionRatingAction } from "@/app/(app)/assessor/visits/[id]/actions";
import { CriterionRatingForm } from "@/components/visit-record/criterion-rating-form";

type Criterion = AssessmentSnapshot["statements"][number]["criteria"][number];

type Props = {
  visitId: string;
  criteria: Criterion[];
  answers: AssessmentSnapshot["answers"];
  evidence: SnapshotEvidence[];
  mine: CriterionRatingRow[];
  theirs: CriterionRatingRow[];
  partnerName: string;
  readOnly: boolean;
};

const rated = (row: CriterionRatingRow) => (row.rating === "MET" ? "met" : "not met");

/** Each criterion with what the organisation said about it and the assessor's own rating. */
export function CriteriaSection({ visitId, criteria, answers, evidence, mine, theirs, partnerName, readOnly }: Props) {
  return (
    <section aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">What the standard asks for</h2>
      {criteria.map((c) => {
        const answer = answers.find((a) => a.criterionId === c.id);
        const linked = evidence.filter((e) => e.criterionIds.includes(c.id));
        const own = mine.find((r) => r.criterionId === c.id);
        const other = theirs.find((r) => r.criterionId === c.id);
        return (
          <article key={c.id} className="border-t-2 border-border pt-4 mb-6">
            <h3>
              {c.code} (level {c.level}): {c.text}
            </h3>
            <p className="mb-1 font-bold">The organisation says: {answer ? CLAIM_LABELS[answer.claim] : "No answer"}</p>
            {answer?.account ? <blockquote className="border-l-4 border-border pl-4 mb-2 whitespace-pre-line">{answer.account}</blockquote> : null}
            <p className="text-muted">Evidence linked: {linked.length > 0 ? linked.map((e) => e.title).join("; ") : "none"}</p>
            {other && own && other.rating !== own.rating ? (
              <p className="border-l-4 border-brand pl-4 font-bold">
                {partnerName} rated this {rated(other)}
                {other.observation ? `: "${other.observation}"` : ""}
              </p>
            ) : null}
            {readOnly ? (
              <p>Your rating: {own ? `${rated(own)}${own.observation ? `. "${own.observation}"` : ""}` : "not rated"}</p>
            ) : (
              <CriterionRatingForm
                action={saveCriterionRatingAction.bind(null, visitId, c.id)}
                code={c.code}
                defaults={{ rating: own?.rating ?? (undefined as unknown as "MET"), observation: own?.observation ?? "" }}
                draftKey={`visit:${visitId}:criterion:${c.id}`}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}
