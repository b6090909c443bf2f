import type { EvidenceDetails } from "@/lib/evidence/get-evidence";
import { formatDate, formatDateTime } from "@/lib/evidence/dates";
import { formatSize } from "@/lib/evidence/describe-history";
import { KIND_LABELS, SOURCE_LABELS, TYPE_LABELS, needsConsentQuestion } from "@/lib/evidence/labels";
import { SummaryList } from "@/components/ui/summary-list";

/** An evidence item's details as a GOV.UK summary list. */
export function EvidenceSummary({ item, downloadHref }: { item: EvidenceDetails; downloadHref: string }) {
  const content =
    item.kind === "FILE" && item.file ? (
      <a href={downloadHref}>Download {item.file.filename} ({formatSize(item.file.size)})</a>
    ) : item.kind === "LINK" && item.url && /^https?:\/\//i.test(item.url) ? (
      <a href={item.url} rel="noopener noreferrer nofollow" className="break-all">{item.url}</a>
    ) : (
      // Also any stored address that is not http(s): shown as text, never as a link.
      <div className="whitespace-pre-line break-words">{item.body ?? item.url}</div>
    );
  const rows = [
    { key: "Kind", value: KIND_LABELS[item.kind] },
    { key: item.kind === "FILE" ? "File" : item.kind === "LINK" ? "Web address" : "The account", value: content },
    { key: "Description", value: item.description ? <div className="whitespace-pre-line">{item.description}</div> : "None" },
    { key: "Date of the evidence", value: formatDate(item.evidenceDate) },
    { key: "Type", value: TYPE_LABELS[item.type] },
    { key: "Comes from", value: SOURCE_LABELS[item.source] },
    ...(needsConsentQuestion(item.type) ? [{ key: "About a named person", value: consentText(item) }] : []),
    { key: "Added", value: `${formatDateTime(item.createdAt)}${item.createdBy ? ` by ${item.createdBy}` : ""}` },
    { key: "Last changed", value: `${formatDateTime(item.updatedAt)}${item.updatedBy ? ` by ${item.updatedBy}` : ""}` },
  ];
  return <SummaryList rows={rows} />;
}

function consentText(item: EvidenceDetails): string {
  if (!item.consentGiven) return "No";
  return `Yes. The person agreed to it being kept as evidence.${item.consentNote ? ` How this was recorded: ${item.consentNote}` : ""}`;
}
