import type { AuditHistoryRow } from "@/lib/audit/audit-history";

const LABELS: Record<string, string> = {
  "visit.accuracy_check.sent": "Report sent for a factual-accuracy check",
  "visit.accuracy_point.added": "The organisation added a point",
  "visit.accuracy_point.removed": "The organisation removed a point",
  "visit.accuracy_check.responded": "The organisation replied to the check",
  "visit.accuracy_point.responded": "Response to a point saved",
  "visit.closed_without_award": "Closed without an award",
  "award.issued": "Award issued",
  "award.superseded": "Award replaced by a newer one",
};

/** "visit.report.submitted" → "Visit: report submitted", for entries other services write. */
function describe(action: string): string {
  const known = LABELS[action];
  if (known) return known;
  const [area = "", ...rest] = action.split(".");
  const words = rest.join(" ").replace(/_/g, " ");
  return `${area.charAt(0).toUpperCase()}${area.slice(1)}: ${words}`;
}

/** The audit history of a visit and its award, newest first. */
export function VisitHistory({ rows }: { rows: AuditHistoryRow[] }) {
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading">History</h2>
      {rows.length === 0 ? (
        <p>Nothing has been recorded yet.</p>
      ) : (
        <table className="w-full border-collapse">
          <caption className="sr-only">Everything recorded about this visit, newest first</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">When</th>
              <th scope="col" className="py-2 pr-4">What</th>
              <th scope="col" className="py-2">Who</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-border">
                <td className="py-2 pr-4">{row.at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" })}</td>
                <td className="py-2 pr-4">{describe(row.action)}</td>
                <td className="py-2">{row.actorName ?? "The system"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
