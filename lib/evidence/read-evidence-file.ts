import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { evidenceWhere } from "@/lib/evidence/scope";
import { readVerified, type Bytes } from "@/lib/evidence/storage";

export type EvidenceFile = { filename: string; mimeType: string; bytes: Bytes };

/**
 * The file of an evidence item (not deleted), for those who may view the organisation's
 * evidence. The bytes are checked against the SHA-256 taken when the file was stored: a
 * damaged file throws StoredFileIntegrityError rather than being served.
 */
export async function readEvidenceFile(actor: Actor, organisationSlug: string, evidenceId: string): Promise<EvidenceFile> {
  const item = await db().evidenceItem.findFirst({
    where: { id: evidenceId, deletedAt: null, kind: "FILE", ...evidenceWhere(actor, organisationSlug, "evidence:view") },
    select: { file: { select: { id: true, filename: true, mimeType: true, sha256: true, storage: true, storageKey: true, content: true } } },
  });
  if (!item?.file) throw notFound("file");
  const bytes = await readVerified(item.file);
  return { filename: item.file.filename, mimeType: item.file.mimeType, bytes };
}
