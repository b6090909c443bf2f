/**
 * The scoring engine: pure functions from an organisation's framework, evidence, ratings and
 * claims to its levels, with the reasons behind them. See README.md for the rules in plain English.
 */
export { scoreOrganisation, safeScoreOrganisation, scoreOrganisationUnchecked } from "./score";
export type { SafeScoringResult } from "./score";
export { ScoringInputError } from "./errors";
export {
  scoringInputSchema,
  CURRENT_RULES_VERSION,
  RULES_VERSIONS,
  LEVELS,
  EVIDENCE_SOURCES,
  EVIDENCE_STATUSES,
  RATINGS,
  CLAIMS,
  MODES,
} from "./schemas";
export type {
  ScoringInput,
  ParsedScoringInput,
  ScoringMode,
  Level,
  AchievedLevel,
  EvidenceSource,
  EvidenceStatus,
  CriterionInput,
  StatementInput,
  EvidenceInput,
  RatingInput,
  ClaimInput,
} from "./schemas";
export { REASON_CODES } from "./types";
export type { ReasonCode, Reason, CriterionResult, MissingCriterion, NextLevel, StatementResult, ScoringResult } from "./types";
export { EVIDENCE_WINDOW_MONTHS, evidenceWindow } from "./dates";
export type { EvidenceWindow } from "./dates";
export { isLivedExperience } from "./evidence";
export { reasonMessage } from "./explain";
