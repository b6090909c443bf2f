// Bytes on the local disk under FILE_STORAGE_DIR, one file per StoredFile. A file is written to
// a temporary name, flushed, then renamed into place, so a crash never leaves a half-written
// file under a real key.
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Bytes, FileStorage, SaveMeta, SavedBytes, StoredFileLocation } from "@/lib/evidence/storage/types";

const KEY_PATTERN = /^[a-z0-9]+\/[a-f0-9]{64}-[a-f0-9]{16}$/;

export function diskStorage(root: string): FileStorage {
  if (!path.isAbsolute(root)) throw new Error("FILE_STORAGE_DIR must be an absolute path");

  /** The path of a key, refusing anything that could point outside the storage folder. */
  const pathOf = (key: string) => {
    if (!KEY_PATTERN.test(key)) throw new Error("A stored file has a malformed storage key");
    return path.join(root, ...key.split("/"));
  };

  return {
    name: "disk",
    async save(bytes: Bytes, meta: SaveMeta): Promise<SavedBytes> {
      const folder = meta.organisationId.toLowerCase().replace(/[^a-z0-9]/g, "") || "shared";
      const key = `${folder}/${meta.sha256}-${randomBytes(8).toString("hex")}`;
      const target = pathOf(key);
      const temporary = `${target}.partial-${randomBytes(6).toString("hex")}`;
      await mkdir(path.dirname(target), { recursive: true });
      const handle = await open(temporary, "wx", 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { storage: "disk", storageKey: key, content: null };
    },
    async read(file: StoredFileLocation): Promise<Bytes> {
      if (!file.storageKey) throw new Error("A file kept on disk has no storage key");
      return new Uint8Array(await readFile(pathOf(file.storageKey)));
    },
    async discard(saved: SavedBytes): Promise<void> {
      if (saved.storageKey) await rm(pathOf(saved.storageKey), { force: true }).catch(() => undefined);
    },
  };
}
