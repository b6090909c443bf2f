// What an EvidenceHistory row's `changes` holds, built the same way by the services and the
// seed. Pure. File bytes never go in here: only a file's name, size and SHA-256.
import type { EvidenceFields } from "@/lib/evidence/labels";

export type FileSummary = { filename: string; size: number; sha256: string };

/** The fields of an evidence item that history records. */
export type EvidenceSnapshot = EvidenceFields & { file: FileSummary | null };

export type CriterionRef = { id: string; code: string };

type SnapshotSource = Omit<EvidenceSnapshot, "evidenceDate" | "file"> & {
  evidenceDate: Date | string;
  file: FileSummary | null;
};

/** The recorded fields of an item, with its date as YYYY-MM-DD. */
export function snapshotOf(item: SnapshotSource): EvidenceSnapshot {
  return {
    kind: item.kind,
    title: item.title,
    description: item.description,
    evidenceDate: typeof item.evidenceDate === "string" ? item.evidenceDate : item.evidenceDate.toISOString().slice(0, 10),
    type: item.type,
    source: item.source,
    consentGiven: item.consentGiven,
    consentNote: item.consentNote,
    url: item.url,
    body: item.body,
    file: item.file ? { filename: item.file.filename, size: item.file.size, sha256: item.file.sha256 } : null,
  };
}

export const createdChanges = (after: EvidenceSnapshot) => ({ after });

/** Only the fields that differ, before and after; null when nothing changed. */
export function updatedChanges(before: EvidenceSnapshot, after: EvidenceSnapshot): { before: Partial<EvidenceSnapshot>; after: Partial<EvidenceSnapshot> } | null {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof EvidenceSnapshot>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  if (Object.keys(changedAfter).length === 0) return null;
  return { before: changedBefore as Partial<EvidenceSnapshot>, after: changedAfter as Partial<EvidenceSnapshot> };
}

export const deletedChanges = (deletedAt: Date) => ({ before: { deletedAt: null }, after: { deletedAt: deletedAt.toISOString() } });
export const restoredChanges = (deletedAt: Date) => ({ before: { deletedAt: deletedAt.toISOString() }, after: { deletedAt: null } });
export const linkChanges = (criterion: CriterionRef) => ({ criterion: { id: criterion.id, code: criterion.code } });
