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
function pushFaultReasons(reasons: Reason[], items: readonly PreparedEvidence[], context: ScoringContext): void {
  for (const fault of EVIDENCE_FAULTS) {
    const evidenceIds: string[] = [];
    for (const item of items) if (item.fault === fault) evidenceIds.push(item.id);
    if (evidenceIds.length > 0) reasons.push(reason(fault, { window: context.window, evidenceIds }));
  }
}

/**
 * The decisive human judgement for the mode: the organisation's claim in self mode, the assessors'
 * ratings in verified mode. Returns whether an assessor's MET with an observation counts as evidence.
 */
function pushJudgementReasons(reasons: Reason[], criterionId: string, context: ScoringContext): boolean {
  if (context.mode === "self") {
    const claim = context.claims.get(criterionId);
    if (claim !== "YES") reasons.push(reason(claim === "PARTLY" ? "CLAIMED_PARTLY" : "NOT_CLAIMED", { window: context.window }));
    return false;
  }
  const rating = context.ratings.get(criterionId);
  if (rating === undefined) return false;
  if (rating.notMet) reasons.push(reason("RATED_NOT_MET", { window: context.window, observations: rating.notMetObservations }));
  return rating.metWithObservation;
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
  const reasons: Reason[] = [];
  const observation = pushJudgementReasons(reasons, criterion.id, context);
  const hasEvidence = tally.countingIds.length > 0 || observation;
  const livedExperience = tally.countingLived || observation;

  if (!hasEvidence) {
    if (tally.notCounting.length === 0) reasons.push(reason("NO_EVIDENCE", { window: context.window }));
    else pushFaultReasons(reasons, tally.notCounting, context);
  }
  if (criterion.level >= LIVED_EXPERIENCE_FROM_LEVEL && !livedExperience) {
    reasons.push(reason("NO_LIVED_EXPERIENCE_EVIDENCE", { window: context.window }));
    // When other evidence already counts, the lived-experience items that fell short are the ones worth chasing.
    if (hasEvidence) pushFaultReasons(reasons, tally.notCounting.filter((item) => item.lived), context);
  }

  return {
    criterionId: criterion.id,
    code: criterion.code,
    level: criterion.level,
    met: reasons.length === 0,
    countingEvidenceIds: tally.countingIds,
    livedExperience,
    assessorObservation: observation,
    reasons,
  };
}
