// The frozen record of what an organisation submitted for assessment. Plain JSON, versioned, so
// later edits to answers or evidence never change what the assessors are shown.
import type { ScoringResult } from "@/lib/scoring";
import { dbDateToIso } from "@/lib/dates";

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

/** An evidence row as read from the database, with its file and links. */
export type EvidenceRowForSnapshot = Omit<SnapshotEvidence, "evidenceDate" | "criterionIds"> & { evidenceDate: Date; links: Array<{ criterionId: string }> };

export type SnapshotInput = {
  takenAt: Date;
  organisation: AssessmentSnapshot["organisation"];
  framework: AssessmentSnapshot["framework"] & { statements: AssessmentSnapshot["statements"] };
  answers: Iterable<{ criterionId: string; claim: "NOT_YET" | "PARTLY" | "YES"; account: string }>;
  evidence: readonly EvidenceRowForSnapshot[];
  selfAssessedResult: ScoringResult;
};

/**
 * The snapshot a request freezes. Pure, so the demo seed freezes its requests exactly as the app
 * does. Links to criteria outside the framework are dropped.
 */
export function buildAssessmentSnapshot(input: SnapshotInput): AssessmentSnapshot {
  const { framework } = input;
  const criterionIds = new Set(framework.statements.flatMap((s) => s.criteria.map((c) => c.id)));
  const codes = new Map(framework.statements.flatMap((s) => s.criteria.map((c) => [c.id, c.code] as const)));
  return {
    snapshotVersion: 1,
    takenAt: input.takenAt.toISOString(),
    organisation: input.organisation,
    framework: { id: framework.id, version: framework.version, title: framework.title, rulesVersion: framework.rulesVersion },
    statements: framework.statements.map((s) => ({ number: s.number, text: s.text, criteria: s.criteria.map((c) => ({ id: c.id, code: c.code, level: c.level, text: c.text })) })),
    answers: [...input.answers].map((a) => ({ criterionId: a.criterionId, code: codes.get(a.criterionId) ?? "", claim: a.claim, account: a.account })),
    evidence: input.evidence.map((e) => ({
      id: e.id,
      title: e.title,
      description: e.description,
      kind: e.kind,
      type: e.type,
      source: e.source,
      evidenceDate: dbDateToIso(e.evidenceDate),
      consentGiven: e.consentGiven,
      url: e.url,
      body: e.body,
      file: e.file,
      criterionIds: e.links.map((l) => l.criterionId).filter((id) => criterionIds.has(id)),
    })),
    selfAssessedResult: input.selfAssessedResult,
  };
}
