import type { HistoryEntry } from "@/lib/evidence/get-evidence-history";
import { formatDateTime } from "@/lib/evidence/dates";

const CHANGE_LABELS: Record<HistoryEntry["change"], string> = {
  CREATED: "Added",
  UPDATED: "Changed",
  DELETED: "Deleted",
  RESTORED: "Restored",
  LINKED: "Linked to a criterion",
  UNLINKED: "Unlinked from a criterion",
};

/** Who changed what, and when, newest first. */
export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p>No changes have been recorded.</p>;
  return (
    <ol className="list-none p-0 border-l-4 border-brand pl-6">
      {entries.map((entry) => (
        <li key={entry.id} className="mb-6">
          <h2 className="text-xl mt-0 mb-1">{CHANGE_LABELS[entry.change]}</h2>
          <p className="text-muted mb-2">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time> by {entry.by ?? "someone who no longer has an account"}
          </p>
          <ul className="list-disc pl-6">
            {entry.lines.map((line, index) => (
              <li key={index} className="break-words">{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
