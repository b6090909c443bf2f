import type { ScoringContext } from "./context";
import type { PreparedEvidence } from "./evidence";
import { EVIDENCE_FAULTS, tallyEvidence } from "./evidence";
import { reason } from "./explain";
import type { CriterionInput } from "./schemas";
import type { CriterionResult, Reason } from "./types";

/** From this level up, a criterion needs the voice of people with lived experience. */
export const LIVED_EXPERIENCE_FROM_LEVEL = 2;

/**
 * One reason per kind of fault among the items that did not count, naming the items, so the
 * organisation can see which to chase.
 */
function faultReasons(items: readonly PreparedEvidence[], context: ScoringContext): Reason[] {
  const reasons: Reason[] = [];
  for (const fault of EVIDENCE_FAULTS) {
    const evidenceIds = items.filter((item) => item.fault === fault).map((item) => item.id);
    if (evidenceIds.length > 0) reasons.push(reason(fault, { window: context.window, mode: context.mode, evidenceIds }));
  }
  return reasons;
}

/** The decisive human judgement for the mode: the assessors' rating, or the organisation's claim. */
function judgementReasons(criterionId: string, context: ScoringContext): { reasons: Reason[]; observation: boolean } {
  const details = { window: context.window, mode: context.mode };
  if (context.mode === "self") {
    const claim = context.claims.get(criterionId);
    if (claim === "YES") return { reasons: [], observation: false };
    return { reasons: [reason(claim === "PARTLY" ? "CLAIMED_PARTLY" : "NOT_CLAIMED", details)], observation: false };
  }
  const rating = context.ratings.get(criterionId);
  if (rating === undefined) return { reasons: [], observation: false };
  const reasons = rating.notMet ? [reason("RATED_NOT_MET", { ...details, observations: rating.notMetObservations })] : [];
  return { reasons, observation: rating.metWithObservation };
}

/**
 * Judges one criterion under the context's mode and explains every condition it fails.
 *
 * Met means: the judgement allows it (no assessor's NOT_MET in verified mode; a YES claim in self
 * mode), at least one item of evidence counts, and from level 2 one of those is lived experience.
 * In verified mode an assessor's MET with a written observation is itself such an item.
 */
export function assessCriterion(criterion: CriterionInput, context: ScoringContext): CriterionResult {
  const tally = tallyEvidence(context.evidenceByCriterion.get(criterion.id));
  const judgement = judgementReasons(criterion.id, context);
  const reasons = judgement.reasons;
  const hasEvidence = tally.countingIds.length > 0 || judgement.observation;
  const livedExperience = tally.countingLived || judgement.observation;
  const needsLived = criterion.level >= LIVED_EXPERIENCE_FROM_LEVEL && !livedExperience;

  if (!hasEvidence) {
    if (tally.notCounting.length === 0) reasons.push(reason("NO_EVIDENCE", { window: context.window, mode: context.mode }));
    else reasons.push(...faultReasons(tally.notCounting, context));
  }
  if (needsLived) {
    reasons.push(reason("NO_LIVED_EXPERIENCE_EVIDENCE", { window: context.window, mode: context.mode }));
    // When other evidence already counts, the lived-experience items that fell short are the ones worth chasing.
    if (hasEvidence) reasons.push(...faultReasons(tally.notCounting.filter((item) => item.lived), context));
  }

  return {
    criterionId: criterion.id,
    code: criterion.code,
    level: criterion.level,
    met: reasons.length === 0,
    countingEvidenceIds: tally.countingIds,
    livedExperience,
    assessorObservation: judgement.observation,
    reasons,
  };
}
