import type { AchievedLevel, Level, ScoringMode } from "./schemas";

/**
 * Why a criterion is not met. Codes are stable (they are frozen into award snapshots and may be
 * counted in reports); the messages that go with them may be reworded.
 */
export const REASON_CODES = [
  "NO_EVIDENCE",
  "EVIDENCE_NOT_ACCEPTED",
  "EVIDENCE_REJECTED",
  "EVIDENCE_OUT_OF_DATE",
  "EVIDENCE_AFTER_ASSESSMENT_DATE",
  "NO_LIVED_EXPERIENCE_EVIDENCE",
  "RATED_NOT_MET",
  "NOT_CLAIMED",
  "CLAIMED_PARTLY",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export type Reason = {
  code: ReasonCode;
  /** Plain English, written for the organisation's staff and for assessors. */
  message: string;
  /** The linked evidence items this reason is about; empty when it is about none in particular. */
  evidenceIds: string[];
};

export type CriterionResult = {
  criterionId: string;
  code: string;
  level: Level;
  met: boolean;
  /** Evidence items that count for this criterion under the mode's rules, in input order. */
  countingEvidenceIds: string[];
  /** Whether lived-experience evidence (including an assessor's observation) counts here. */
  livedExperience: boolean;
  /** Whether an assessor's MET with a written observation counted as evidence (verified mode). */
  assessorObservation: boolean;
  /** Empty when met. */
  reasons: Reason[];
};

export type MissingCriterion = {
  criterionId: string;
  code: string;
  level: Level;
  reasons: Reason[];
};

export type NextLevel = {
  level: Level;
  /** Every unmet criterion at this level or below: all of them must be met to get there. */
  missing: MissingCriterion[];
  /** Levels up to this one that have no criteria in the framework, so cannot be awarded. */
  levelsWithoutCriteria: Level[];
};

export type StatementResult = {
  number: number;
  title: string | null;
  level: AchievedLevel;
  summary: string;
  criteria: CriterionResult[];
  /** Null at level 3. */
  nextLevel: NextLevel | null;
};

/** Plain JSON throughout (no Dates, no undefined), because results are frozen into award snapshots. */
export type ScoringResult = {
  rulesVersion: 1;
  mode: ScoringMode;
  assessmentDate: string;
  /** The dates whose evidence counts, both ends included. */
  evidenceWindow: { from: string; to: string };
  overallLevel: AchievedLevel;
  /** The statements at the overall level, holding it there; empty at level 3. */
  limitingStatements: number[];
  summary: string;
  statements: StatementResult[];
};
