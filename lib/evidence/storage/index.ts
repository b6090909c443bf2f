// Chooses the storage for new files and reads any stored file back with its hash checked.
// FILE_STORAGE_DIR set: new files go on disk there; unset: in PostgreSQL. Files already stored
// are read from wherever their row says they are, so switching never strands old files.
import { diskStorage } from "@/lib/evidence/storage/disk";
import { sha256Hex } from "@/lib/evidence/storage/hash";
import { postgresStorage } from "@/lib/evidence/storage/postgres";
import type { Bytes, FileStorage, SavedBytes, StoredFileLocation } from "@/lib/evidence/storage/types";

export type { Bytes, FileStorage, SavedBytes, StoredFileLocation } from "@/lib/evidence/storage/types";

/** The storage new files are saved to, from the environment. */
export function currentStorage(env: Record<string, string | undefined> = process.env): FileStorage {
  const dir = env.FILE_STORAGE_DIR;
  return dir ? diskStorage(dir) : postgresStorage;
}

function storageFor(name: string, env: Record<string, string | undefined>): FileStorage {
  if (name === postgresStorage.name) return postgresStorage;
  if (name === "disk") {
    if (!env.FILE_STORAGE_DIR) throw new Error("A file is kept on disk but FILE_STORAGE_DIR is not set");
    return diskStorage(env.FILE_STORAGE_DIR);
  }
  throw new Error(`Unknown file storage "${name}"`);
}

/** Thrown when a stored file's bytes no longer match the SHA-256 taken when it was saved. */
export class StoredFileIntegrityError extends Error {
  constructor(readonly fileId: string) {
    super(`Stored file ${fileId} does not match its SHA-256: it has been changed or damaged since it was saved`);
    this.name = "StoredFileIntegrityError";
  }
}

/** Hashes and saves bytes; the caller writes the StoredFile row (and discards on failure). */
export async function saveBytes(storage: FileStorage, bytes: Bytes, organisationId: string): Promise<SavedBytes & { sha256: string; size: number }> {
  const sha256 = sha256Hex(bytes);
  const saved = await storage.save(bytes, { organisationId, sha256 });
  return { ...saved, sha256, size: bytes.byteLength };
}

/** Reads a stored file and checks its SHA-256, so damage is reported, never served. */
export async function readVerified(
  file: StoredFileLocation & { id: string; sha256: string },
  env: Record<string, string | undefined> = process.env,
): Promise<Bytes> {
  const bytes = await storageFor(file.storage, env).read(file);
  if (sha256Hex(bytes) !== file.sha256) throw new StoredFileIntegrityError(file.id);
  return bytes;
}
