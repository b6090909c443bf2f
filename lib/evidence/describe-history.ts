// Turns a history row's `changes` into sentences for the History page. Pure. Rows are read
// defensively: anything unexpected becomes a plain "changed" rather than an error.
import { z } from "zod";
import { formatDate } from "@/lib/evidence/dates";
import { KIND_LABELS, SOURCE_LABELS, TYPE_LABELS, oneOf, EVIDENCE_KINDS, EVIDENCE_SOURCES, EVIDENCE_TYPES } from "@/lib/evidence/labels";

export type HistoryChange = "CREATED" | "UPDATED" | "DELETED" | "RESTORED" | "LINKED" | "UNLINKED";

const FIELD_LABELS: Record<string, string> = {
  kind: "Kind",
  title: "Title",
  description: "Description",
  evidenceDate: "Date",
  type: "Type",
  source: "Who it comes from",
  consentGiven: "Consent given",
  consentNote: "How consent was recorded",
  url: "Web address",
  body: "Written account",
  file: "File",
};

const record = z.record(z.string(), z.unknown());
const fileSummary = z.object({ filename: z.string(), size: z.number() });
const criterion = z.object({ criterion: z.object({ code: z.string() }) });

/** A readable value for one recorded field. Long text is shortened: the page is a summary. */
export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(blank)";
  if (field === "type") return TYPE_LABELS[oneOf(EVIDENCE_TYPES, value) ?? "OTHER"];
  if (field === "source") return SOURCE_LABELS[oneOf(EVIDENCE_SOURCES, value) ?? "ORGANISATION"];
  if (field === "kind") return KIND_LABELS[oneOf(EVIDENCE_KINDS, value) ?? "ACCOUNT"];
  if (field === "evidenceDate" && typeof value === "string") return formatDate(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  const file = fileSummary.safeParse(value);
  if (file.success) return `${file.data.filename} (${formatSize(file.data.size)})`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Sentences describing one history row, such as "Title: from ‘Minutes’ to ‘Peer panel minutes’". */
export function describeChanges(change: HistoryChange, changes: unknown): string[] {
  if (change === "LINKED" || change === "UNLINKED") {
    const parsed = criterion.safeParse(changes);
    const code = parsed.success ? parsed.data.criterion.code : "a criterion";
    return [change === "LINKED" ? `Linked to criterion ${code}` : `No longer linked to criterion ${code}`];
  }
  if (change === "DELETED") return ["Deleted"];
  if (change === "RESTORED") return ["Restored after being deleted"];
  const parsed = z.object({ before: record.optional(), after: record.optional() }).safeParse(changes);
  if (!parsed.success || !parsed.data.after) return [change === "CREATED" ? "Added" : "Changed"];
  const { before, after } = parsed.data;
  if (change === "CREATED") return [`Added as ${displayValue("kind", after.kind).toLowerCase()}: ${displayValue("title", after.title)}`];
  return Object.keys(after).map((field) => {
    const label = FIELD_LABELS[field] ?? field;
    return `${label}: from ‘${displayValue(field, before?.[field])}’ to ‘${displayValue(field, after[field])}’`;
  });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
