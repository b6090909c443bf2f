import type { ReviewView } from "@/lib/awards/award-view";
import { formatIsoDate } from "@/lib/dates";
import { levelLabel } from "@/components/scoring/statement-result-table";
import { SummaryList } from "@/components/ui/summary-list";

/** The one review of the award: what was asked, and the decision once made. */
export function ReviewPanel({ review }: { review: ReviewView }) {
  const rows = [
    { key: "Asked for", value: formatIsoDate(review.requestedOn) },
    { key: "Grounds", value: <span className="whitespace-pre-line">{review.grounds}</span> },
  ];
  if (review.status === "DECIDED") {
    rows.push(
      { key: "Decided", value: review.decidedOn ? formatIsoDate(review.decidedOn) : "" },
      { key: "Level after review", value: review.outcomeLevel === 0 ? "No award: the award was revoked" : levelLabel(review.outcomeLevel ?? 0) },
      { key: "Reason", value: <span className="whitespace-pre-line">{review.outcomeReason}</span> },
    );
  } else {
    rows.push({ key: "Decision", value: "Waiting for a scheme administrator who took no part in the award decision" });
  }
  return <SummaryList rows={rows} />;
}
