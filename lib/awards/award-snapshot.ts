// What an award rests on, frozen at issue: the engine's verified result and the words of the
// statements and criteria it refers to, so the explanation reads the same however the standard or
// the organisation's records change later.
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import type { ScoringResult } from "@/lib/scoring";

export type AwardSnapshot = {
  snapshotVersion: 1;
  organisation: { id: string; name: string; area: string; serviceType: string | null };
  framework: { id: string; version: number; title: string; rulesVersion: number };
  visit: { id: string; date: string };
  statements: AssessmentSnapshot["statements"];
  /** The engine's verified result (mode "verified"), exactly as computed for the report. */
  result: ScoringResult;
};

export function buildAwardSnapshot(request: AssessmentSnapshot, visit: { id: string; date: string }, result: ScoringResult): AwardSnapshot {
  return {
    snapshotVersion: 1,
    organisation: {
      id: request.organisation.id,
      name: request.organisation.name,
      area: request.organisation.area,
      serviceType: request.organisation.serviceType,
    },
    framework: request.framework,
    visit,
    statements: request.statements,
    result,
  };
}

/** Reads a stored snapshot, refusing shapes this code does not know rather than guessing. */
export function readAwardSnapshot(json: unknown): AwardSnapshot {
  if (typeof json !== "object" || json === null || (json as { snapshotVersion?: unknown }).snapshotVersion !== 1) {
    throw new Error("Unknown award snapshot version");
  }
  return json as AwardSnapshot;
}
