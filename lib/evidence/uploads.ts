import "server-only";
import { checkUpload, FILE_MESSAGES } from "@/lib/evidence/file-type";
import { currentStorage, saveBytes, type Bytes } from "@/lib/evidence/storage";
import type { FileSummary } from "@/lib/evidence/history-changes";
import type { Tx } from "@/lib/evidence/scope";

/** A file as the form sent it. An empty file input arrives with no name and no bytes. */
export type Upload = { filename: string; bytes: Bytes };
export type CheckedUpload = { filename: string; mimeType: string; bytes: Bytes };

/** Whether the person chose a file at all (an empty file they chose still counts). */
export function hasUpload(upload: Upload | null | undefined): upload is Upload {
  return !!upload && (upload.filename !== "" || upload.bytes.byteLength > 0);
}

/** Checks an upload; returns it ready to store, or the message for the file field. */
export async function checkForm(upload: Upload | null | undefined, required: boolean): Promise<CheckedUpload | { error: string } | null> {
  if (!hasUpload(upload)) return required ? { error: FILE_MESSAGES.missing } : null;
  const result = await checkUpload(upload.filename, upload.bytes);
  return result.ok ? { filename: result.filename, mimeType: result.mimeType, bytes: upload.bytes } : { error: result.message };
}

type StoreFile = (tx: Tx) => Promise<{ id: string; summary: FileSummary }>;

/**
 * Saves the file's bytes, then runs `work` (the database transaction) with a function that
 * writes the StoredFile row. If the transaction fails, bytes saved outside the database are
 * removed, so a failed upload leaves nothing behind anywhere.
 */
export async function withStoredFile<T>(file: CheckedUpload | null, organisationId: string, work: (storeFile: StoreFile | null) => Promise<T>): Promise<T> {
  if (!file) return work(null);
  const storage = currentStorage();
  const saved = await saveBytes(storage, file.bytes, organisationId);
  const storeFile: StoreFile = async (tx) => {
    const row = await tx.storedFile.create({
      data: { organisationId, filename: file.filename, mimeType: file.mimeType, size: saved.size, sha256: saved.sha256, storage: saved.storage, storageKey: saved.storageKey, content: saved.content },
      select: { id: true },
    });
    return { id: row.id, summary: { filename: file.filename, size: saved.size, sha256: saved.sha256 } };
  };
  try {
    return await work(storeFile);
  } catch (error) {
    await storage.discard(saved);
    throw error;
  }
}
