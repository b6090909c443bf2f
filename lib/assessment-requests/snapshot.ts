// The frozen record of what an organisation submitted for assessment. Plain JSON, versioned, so
// later edits to answers or evidence never change what the assessors are shown.
import type { ScoringResult } from "@/lib/scoring";

export type SnapshotEvidence = {
  id: string;
  title: string;
  description: string | null;
  kind: "FILE" | "LINK" | "ACCOUNT";
  type: string;
  source: "ORGANISATION" | "PEOPLE_WHO_USE_SERVICE" | "CARER" | "EXPERT_BY_EXPERIENCE";
  evidenceDate: string;
  consentGiven: boolean;
  url: string | null;
  body: string | null;
  file: { id: string; filename: string; mimeType: string; size: number; sha256: string } | null;
  criterionIds: string[];
};

export type AssessmentSnapshot = {
  snapshotVersion: 1;
  takenAt: string;
  organisation: { id: string; name: string; slug: string; area: string; serviceType: string | null };
  framework: { id: string; version: number; title: string; rulesVersion: number };
  statements: Array<{ number: number; text: string; criteria: Array<{ id: string; code: string; level: number; text: string }> }>;
  answers: Array<{ criterionId: string; code: string; claim: "NOT_YET" | "PARTLY" | "YES"; account: string }>;
  evidence: SnapshotEvidence[];
  selfAssessedResult: ScoringResult;
};
