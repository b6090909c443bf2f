import type { SnapshotEvidence } from "@/lib/assessment-requests/snapshot";
import { formatIsoDate } from "@/lib/dates";

const SOURCE: Record<SnapshotEvidence["source"], string> = {
  ORGANISATION: "The organisation",
  PEOPLE_WHO_USE_SERVICE: "People who use the service",
  CARER: "Carers",
  EXPERT_BY_EXPERIENCE: "An Expert by Experience",
};

/** What the organisation sent for one evidence item, as it was frozen when they asked. */
export function EvidenceSummary({ evidence }: { evidence: SnapshotEvidence }) {
  return (
    <div className="mb-4">
      <h4 className="text-lg font-bold mb-1">{evidence.title}</h4>
      <p className="text-muted mb-2">
        From: {SOURCE[evidence.source]}. Dated {formatIsoDate(evidence.evidenceDate)}.
      </p>
      {evidence.description ? <p className="mb-2">{evidence.description}</p> : null}
      {evidence.body ? <blockquote className="border-l-4 border-border pl-4 mb-2 whitespace-pre-line">{evidence.body}</blockquote> : null}
      {evidence.url ? <p className="mb-2">Web link: {evidence.url}</p> : null}
      {evidence.file ? <p className="mb-2">File: {evidence.file.filename}</p> : null}
    </div>
  );
}
