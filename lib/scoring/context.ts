import type { EvidenceWindow } from "./dates";
import { evidenceWindow } from "./dates";
import type { PreparedEvidence } from "./evidence";
import { indexEvidence } from "./evidence";
import type { ClaimInput, RatingInput, ScoringInput, ScoringMode } from "./schemas";

/** What the assessors said about one criterion on the visit, with several assessors folded together. */
export type RatingSummary = {
  notMet: boolean;
  /** Observations written with NOT_MET ratings, quoted back to the organisation. */
  notMetObservations: readonly string[];
  /** At least one MET carried a written observation, which counts as lived-experience evidence. */
  metWithObservation: boolean;
};

export type ClaimValue = ClaimInput["claim"];

/** Everything a criterion needs to be judged, built once per organisation. */
export type ScoringContext = {
  mode: ScoringMode;
  window: EvidenceWindow;
  evidenceByCriterion: Map<string, PreparedEvidence[]>;
  ratings: Map<string, RatingSummary>;
  claims: Map<string, ClaimValue>;
};

const NO_OBSERVATIONS: readonly string[] = [];

/** Folds every assessor's rating per criterion; whitespace-only observations are no observation. */
export function indexRatings(ratings: readonly RatingInput[]): Map<string, RatingSummary> {
  const byCriterion = new Map<string, RatingSummary>();
  for (const rating of ratings) {
    let summary = byCriterion.get(rating.criterionId);
    if (summary === undefined) {
      // Most criteria have no NOT_MET note, so they share one empty list instead of each allocating one.
      summary = { notMet: false, notMetObservations: NO_OBSERVATIONS, metWithObservation: false };
      byCriterion.set(rating.criterionId, summary);
    }
    const observation = rating.observation?.trim() ?? "";
    if (rating.rating === "NOT_MET") {
      summary.notMet = true;
      if (observation !== "") summary.notMetObservations = [...summary.notMetObservations, observation];
    } else if (observation !== "") {
      summary.metWithObservation = true;
    }
  }
  return byCriterion;
}

/** One claim per criterion (the schema refuses duplicates). */
export function indexClaims(claims: readonly ClaimInput[]): Map<string, ClaimValue> {
  const byCriterion = new Map<string, ClaimValue>();
  for (const claim of claims) byCriterion.set(claim.criterionId, claim.claim);
  return byCriterion;
}

/**
 * Builds the per-organisation context. Each mode reads only its own inputs: ratings come from a
 * visit that has not happened yet when an organisation self-assesses, and claims are what the
 * visit checks rather than evidence of anything.
 */
export function buildContext(input: ScoringInput): ScoringContext {
  const window = evidenceWindow(input.assessmentDate);
  return {
    mode: input.mode,
    window,
    evidenceByCriterion: indexEvidence(input.evidence, input.mode, window),
    ratings: input.mode === "verified" ? indexRatings(input.ratings) : new Map(),
    claims: input.mode === "self" ? indexClaims(input.claims) : new Map(),
  };
}
