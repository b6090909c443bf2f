// The default storage: the bytes go in the StoredFile row itself (a bytea column), so a
// database backup holds everything and the row and its bytes commit together.
import type { Bytes, FileStorage, SavedBytes, StoredFileLocation } from "@/lib/evidence/storage/types";

export const postgresStorage: FileStorage = {
  name: "postgres",
  async save(bytes: Bytes): Promise<SavedBytes> {
    return { storage: "postgres", storageKey: null, content: bytes };
  },
  async read(file: StoredFileLocation): Promise<Bytes> {
    if (!file.content) throw new Error("A file kept in the database has no content");
    return file.content;
  },
  async discard(): Promise<void> {
    // Nothing to do: the bytes were only ever part of the row that was not committed.
  },
};
