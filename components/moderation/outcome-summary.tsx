import type { VisitOutcome } from "@/lib/moderation/get-moderation-visit";
import { formatIsoDate } from "@/lib/dates";
import { SummaryList } from "@/components/ui/summary-list";
import { levelLabel } from "@/components/scoring/statement-result-table";

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

/** The decision made on a visit, for the scheme admin. */
export function OutcomeSummary({ outcome }: { outcome: VisitOutcome }) {
  if (outcome.kind === "NO_AWARD") {
    return (
      <SummaryList
        rows={[
          { key: "Decision", value: "Closed without an award" },
          { key: "Decided", value: day(outcome.decidedAt) },
          { key: "Reason given", value: <span className="whitespace-pre-line">{outcome.reason}</span> },
        ]}
      />
    );
  }
  return (
    <SummaryList
      rows={[
        { key: "Award", value: levelLabel(outcome.issuedLevel) },
        { key: "Verified level", value: levelLabel(outcome.computedLevel) },
        ...(outcome.levelReason ? [{ key: "Why lower", value: <span className="whitespace-pre-line">{outcome.levelReason}</span> }] : []),
        { key: "Issued", value: day(outcome.issuedAt) },
        { key: "Valid until", value: formatIsoDate(outcome.expiresOn) },
        {
          key: "Conditions",
          value:
            outcome.conditions.length === 0 ? "None" : (
              <ul className="list-disc pl-6 mb-0">
                {outcome.conditions.map((c) => (
                  <li key={c.description + c.dueOn}>{c.description} (by {formatIsoDate(c.dueOn)})</li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
