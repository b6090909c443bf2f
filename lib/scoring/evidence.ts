import type { EvidenceWindow } from "./dates";
import { dayKey } from "./dates";
import type { EvidenceInput, EvidenceSource, ScoringMode } from "./schemas";
import type { ReasonCode } from "./types";

/** Why one evidence item does not count, whichever criterion it is linked to. */
export type EvidenceFault = Extract<
  ReasonCode,
  "EVIDENCE_REJECTED" | "EVIDENCE_OUT_OF_DATE" | "EVIDENCE_AFTER_ASSESSMENT_DATE" | "EVIDENCE_NOT_ACCEPTED"
>;

/** The order faults are reported in, most final first. */
export const EVIDENCE_FAULTS: readonly EvidenceFault[] = [
  "EVIDENCE_REJECTED",
  "EVIDENCE_OUT_OF_DATE",
  "EVIDENCE_AFTER_ASSESSMENT_DATE",
  "EVIDENCE_NOT_ACCEPTED",
];

/** One evidence item, judged once per scoring call and shared by every criterion it is linked to. */
export type PreparedEvidence = {
  id: string;
  lived: boolean;
  /** Null when the item counts. */
  fault: EvidenceFault | null;
};

/** Voices of people who use the service, carers and Experts by Experience, as opposed to the organisation's own paperwork. */
export function isLivedExperience(source: EvidenceSource): boolean {
  return source !== "ORGANISATION";
}

/**
 * Decides whether an item counts under the mode's rules and, if not, the one fault to report.
 * A rejection is reported before a date problem because re-dating would not help; a date problem
 * before a pending status because accepting an out-of-window item would not help either.
 */
export function evidenceFault(item: EvidenceInput, mode: ScoringMode, window: EvidenceWindow): EvidenceFault | null {
  if (item.status === "REJECTED") return "EVIDENCE_REJECTED";
  const key = dayKey(item.date);
  if (key < window.fromKey) return "EVIDENCE_OUT_OF_DATE";
  if (key > window.toKey) return "EVIDENCE_AFTER_ASSESSMENT_DATE";
  // Before a visit nobody has reviewed anything, so self-assessment trusts pending items.
  if (item.status === "PENDING" && mode === "verified") return "EVIDENCE_NOT_ACCEPTED";
  return null;
}

/**
 * Groups evidence by the criteria it is linked to, judging each item once. Items keep their input
 * order inside each group so results are stable.
 */
export function indexEvidence(
  evidence: readonly EvidenceInput[],
  mode: ScoringMode,
  window: EvidenceWindow,
): Map<string, PreparedEvidence[]> {
  const byCriterion = new Map<string, PreparedEvidence[]>();
  for (const item of evidence) {
    const prepared: PreparedEvidence = { id: item.id, lived: isLivedExperience(item.source), fault: evidenceFault(item, mode, window) };
    for (const criterionId of item.criterionIds) {
      const group = byCriterion.get(criterionId);
      if (group === undefined) byCriterion.set(criterionId, [prepared]);
      // An item linked twice to the same criterion is still one item.
      else if (group[group.length - 1] !== prepared) group.push(prepared);
    }
  }
  return byCriterion;
}

/** What a criterion's linked evidence amounts to. */
export type EvidenceTally = {
  countingIds: string[];
  countingLived: boolean;
  /** Linked items that do not count, for explaining why. */
  notCounting: readonly PreparedEvidence[];
};

const NO_EVIDENCE: readonly PreparedEvidence[] = [];

/** Tallies one criterion's linked items into those that count and those that do not. */
export function tallyEvidence(linked: readonly PreparedEvidence[] | undefined): EvidenceTally {
  const countingIds: string[] = [];
  // Allocated only when needed: most linked items count.
  let notCounting: PreparedEvidence[] | null = null;
  let countingLived = false;
  for (const item of linked ?? NO_EVIDENCE) {
    if (item.fault !== null) (notCounting ??= []).push(item);
    else {
      countingIds.push(item.id);
      if (item.lived) countingLived = true;
    }
  }
  return { countingIds, countingLived, notCounting: notCounting ?? NO_EVIDENCE };
}
