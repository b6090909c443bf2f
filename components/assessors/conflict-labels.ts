import type { MyConflict } from "@/lib/assessors/conflicts";

type ConflictKind = MyConflict["kind"];

/** How each kind of declared link reads, for the assessor's radios and the pool. */
export const CONFLICT_LABELS: Record<ConflictKind, string> = {
  WORKED_FOR: "I have worked or volunteered for them",
  USED_SERVICE: "I have used their services",
  CLOSE_TO: "Someone close to me works there or uses their services",
  OTHER: "Another link",
};

/** The same kinds, as the scheme admin reads them about someone else. */
export const CONFLICT_SUMMARIES: Record<ConflictKind, string> = {
  WORKED_FOR: "Worked or volunteered for them",
  USED_SERVICE: "Used their services",
  CLOSE_TO: "Close to someone there",
  OTHER: "Another link",
};
