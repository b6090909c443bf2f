import type { AuditHistoryRow } from "@/lib/audit/audit-history";
import { levelLabel } from "@/components/scoring/statement-result-table";

const ACTIONS: Record<string, string> = {
  "award.issued": "Award issued",
  "award.superseded": "Replaced by a newer award",
  "award.condition.met": "Condition met",
  "award.condition.missed": "Condition not met",
  "award.review.requested": "Review asked for",
  "award.review.decided": "Review decided",
  "award.suspended": "Suspended",
  "award.reinstated": "Reinstated",
  "award.revoked": "Revoked",
  "award.renewal.started": "Renewal started",
};

const STATUS_WORDS: Record<string, string> = { ACTIVE: "in force", SUSPENDED: "suspended", REVOKED: "revoked", SUPERSEDED: "replaced" };

type Facts = { level?: unknown; status?: unknown };

const facts = (json: unknown): Facts => (json && typeof json === "object" && !Array.isArray(json) ? (json as Facts) : {});

/** "Level 2 → Level 1; in force → revoked": only what changed, from the entry's ids and statuses. */
function describeChange(row: AuditHistoryRow): string {
  const before = facts(row.before);
  const after = facts(row.after);
  const parts: string[] = [];
  if (typeof after.level === "number") {
    parts.push(typeof before.level === "number" && before.level !== after.level ? `${levelLabel(before.level)} → ${levelLabel(after.level)}` : levelLabel(after.level));
  }
  if (typeof after.status === "string" && typeof before.status === "string" && before.status !== after.status) {
    parts.push(`${STATUS_WORDS[before.status] ?? before.status} → ${STATUS_WORDS[after.status] ?? after.status}`);
  }
  return parts.join("; ");
}

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", timeZone: "Europe/London" });

/** The award's audit history, newest first. */
export function AwardHistory({ rows }: { rows: AuditHistoryRow[] }) {
  if (rows.length === 0) return <p>Nothing has been recorded about this award yet.</p>;
  return (
    <table className="w-full border-collapse mb-8">
      <caption className="sr-only">History of the award, newest first</caption>
      <thead>
        <tr className="border-b-2 border-ink text-left">
          <th scope="col" className="py-2 pr-4">When</th>
          <th scope="col" className="py-2 pr-4">What happened</th>
          <th scope="col" className="py-2 pr-4">Change</th>
          <th scope="col" className="py-2">Who</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-border align-top">
            <td className="py-2 pr-4">{when.format(row.at)}</td>
            <td className="py-2 pr-4">{ACTIONS[row.action] ?? row.action}</td>
            <td className="py-2 pr-4">{describeChange(row)}</td>
            <td className="py-2">{row.actorName ?? "Not recorded"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
