// Where a file's bytes live is hidden behind this interface, so that an object store can be
// added later without touching the evidence services. See docs/decisions/004-evidence-storage.md.

/** Bytes as Prisma stores them (a Uint8Array backed by a plain ArrayBuffer). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Where the bytes went: the columns to write on the StoredFile row. */
export type SavedBytes = { storage: string; storageKey: string | null; content: Bytes | null };

/** What a storage needs to find a file's bytes again: the StoredFile row's columns. */
export type StoredFileLocation = { storage: string; storageKey: string | null; content: Bytes | null };

export type SaveMeta = { organisationId: string; sha256: string };

export interface FileStorage {
  /** The value of StoredFile.storage for files this storage saved. */
  readonly name: string;
  /** Keeps the bytes somewhere; for disk, the file is complete on disk before this returns. */
  save(bytes: Bytes, meta: SaveMeta): Promise<SavedBytes>;
  /** The bytes of a stored file. Callers verify the hash (see readVerified). */
  read(file: StoredFileLocation): Promise<Bytes>;
  /** Removes bytes saved for a database row that was never committed. Never throws. */
  discard(saved: SavedBytes): Promise<void>;
}
