import type { CriterionResult, ScoringInput, ScoringResult, StatementResult } from "@/lib/scoring";
import { scoreOrganisation } from "@/lib/scoring";

export type EvidenceItem = ScoringInput["evidence"][number];
export type RatingItem = ScoringInput["ratings"][number];
export type ClaimItem = ScoringInput["claims"][number];
export type StatementItem = ScoringInput["framework"]["statements"][number];
export type CriterionItem = StatementItem["criteria"][number];

/** The assessment date most tests use; its 24-month window starts on 2024-11-23. */
export const ASSESSED = "2026-11-23";
/** Comfortably inside the window. */
export const RECENT = "2026-01-15";

export function criterion(id: string, level: 1 | 2 | 3, code = id): CriterionItem {
  return { id, code, level };
}

/** A statement whose criteria are given as [id, level] pairs; codes are "<number>.<id>". */
export function statement(number: number, criteria: ReadonlyArray<readonly [string, 1 | 2 | 3]>): StatementItem {
  return { number, criteria: criteria.map(([id, level]) => criterion(id, level, `${number}.${id}`)) };
}

/** An accepted organisation document dated inside the window, unless told otherwise. */
export function evidence(id: string, criterionIds: string[], overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return { id, date: RECENT, source: "ORGANISATION", status: "ACCEPTED", criterionIds, ...overrides };
}

export function input(overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    mode: "verified",
    assessmentDate: ASSESSED,
    framework: { statements: [statement(1, [["a", 1]])] },
    evidence: [],
    ratings: [],
    claims: [],
    ...overrides,
  };
}

/** Scores a framework of one statement holding the single criterion "c" at the given level. */
export function scoreSingle(level: 1 | 2 | 3, overrides: Partial<ScoringInput> = {}): CriterionResult {
  const result = scoreOrganisation(input({ framework: { statements: [{ number: 1, criteria: [criterion("c", level, "1.c")] }] }, ...overrides }));
  return findCriterion(result, "c");
}

export function findStatement(result: ScoringResult, number: number): StatementResult {
  const found = result.statements.find((s) => s.number === number);
  if (found === undefined) throw new Error(`No statement ${number} in the result`);
  return found;
}

export function findCriterion(result: ScoringResult, criterionId: string): CriterionResult {
  for (const s of result.statements) {
    const found = s.criteria.find((c) => c.criterionId === criterionId);
    if (found !== undefined) return found;
  }
  throw new Error(`No criterion ${criterionId} in the result`);
}

export function reasonCodes(result: CriterionResult): string[] {
  return result.reasons.map((r) => r.code);
}

/** Evidence that meets every criterion in the statement at or below `upTo`, lived experience included. */
export function evidenceMeeting(s: StatementItem, upTo: 0 | 1 | 2 | 3, prefix = `s${s.number}`): EvidenceItem[] {
  const ids = s.criteria.filter((c) => c.level <= upTo).map((c) => c.id);
  return ids.length === 0 ? [] : [evidence(`${prefix}-carer`, ids, { source: "CARER" })];
}
