// How long a deleted evidence item can be brought back. Pure. Deleted items stay in the
// database after this (their links too); removing them for good is a later job.

export const RESTORE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last moment a deletion can be undone. */
export function restorableUntil(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + RESTORE_DAYS * DAY_MS);
}

/** Items deleted at or after this moment can still be restored. */
export function restoreCutoff(now: Date): Date {
  return new Date(now.getTime() - RESTORE_DAYS * DAY_MS);
}

export function isRestorable(deletedAt: Date, now: Date): boolean {
  return deletedAt.getTime() >= restoreCutoff(now).getTime();
}
