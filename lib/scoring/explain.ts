import type { EvidenceWindow } from "./dates";
import { EVIDENCE_WINDOW_MONTHS } from "./dates";
import type { Reason, ReasonCode } from "./types";

/** Details some messages quote back; everything else in a message is fixed wording. */
export type ReasonDetails = {
  window: EvidenceWindow;
  evidenceIds?: string[];
  observations?: readonly string[];
};

const LIVED_EXPERIENCE = "people who use the service, carers or Experts by Experience";

function linkedItems(count: number): string {
  return count === 1 ? "1 linked evidence item" : `${count} linked evidence items`;
}

/** Picks the singular or plural wording for a count of items. */
export function agree(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

function quoteObservations(observations: readonly string[]): string {
  if (observations.length === 0) return "";
  return ` ${agree(observations.length, "Their note", "Their notes")}: ${observations.map((text) => `"${text}"`).join("; ")}.`;
}

/** The plain-English message for one reason, in words a person new to the scheme can follow. */
export function reasonMessage(code: ReasonCode, details: ReasonDetails): string {
  const n = details.evidenceIds?.length ?? 0;
  switch (code) {
    case "NO_EVIDENCE":
      return `No evidence that counts is linked to this criterion yet. Link at least one item dated between ${details.window.fromText} and ${details.window.toText}.`;
    case "EVIDENCE_NOT_ACCEPTED":
      return `${linkedItems(n)} ${agree(n, "is", "are")} still waiting for an assessor to accept ${agree(n, "it", "them")}. Evidence counts once an assessor has accepted it during a visit.`;
    case "EVIDENCE_REJECTED":
      return `${linkedItems(n)} ${agree(n, "was", "were")} not accepted by an assessor, so ${agree(n, "it does", "they do")} not count.`;
    case "EVIDENCE_OUT_OF_DATE":
      return `${linkedItems(n)} ${agree(n, "is", "are")} dated before ${details.window.fromText}, more than ${EVIDENCE_WINDOW_MONTHS} months before the assessment, so ${agree(n, "it no longer counts", "they no longer count")}.`;
    case "EVIDENCE_AFTER_ASSESSMENT_DATE":
      return `${linkedItems(n)} ${agree(n, "is", "are")} dated after the assessment date (${details.window.toText}), so ${agree(n, "it does", "they do")} not count for this assessment.`;
    case "NO_LIVED_EXPERIENCE_EVIDENCE":
      return `From level 2, at least one piece of evidence that counts must come from ${LIVED_EXPERIENCE}.`;
    case "RATED_NOT_MET":
      return `An assessor rated this criterion as not met on the visit.${quoteObservations(details.observations ?? [])}`;
    case "NOT_CLAIMED":
      return "The organisation has not yet said this is in place.";
    case "CLAIMED_PARTLY":
      return "The organisation says this is only partly in place.";
  }
}

/** Builds a reason with its message. */
export function reason(code: ReasonCode, details: ReasonDetails): Reason {
  return { code, message: reasonMessage(code, details), evidenceIds: details.evidenceIds ?? [] };
}

const SHORT_LABELS: Record<ReasonCode, string> = {
  NO_EVIDENCE: "needs evidence",
  EVIDENCE_NOT_ACCEPTED: "has evidence waiting to be accepted",
  EVIDENCE_REJECTED: "had evidence rejected",
  EVIDENCE_OUT_OF_DATE: "has evidence that is out of date",
  EVIDENCE_AFTER_ASSESSMENT_DATE: "has evidence dated after the assessment",
  NO_LIVED_EXPERIENCE_EVIDENCE: "needs evidence from people with lived experience",
  RATED_NOT_MET: "was rated not met by an assessor",
  NOT_CLAIMED: "is not yet claimed",
  CLAIMED_PARTLY: "is only partly in place",
};

/**
 * A few words on what a criterion needs, for summaries. "Needs evidence" is dropped when lived-
 * experience evidence is also needed, since one such item would settle both.
 */
export function shortNeeds(reasons: readonly Reason[]): string {
  const needsLived = reasons.some((r) => r.code === "NO_LIVED_EXPERIENCE_EVIDENCE");
  let text = "";
  for (const { code } of reasons) {
    if (needsLived && code === "NO_EVIDENCE") continue;
    text = text === "" ? SHORT_LABELS[code] : `${text}; ${SHORT_LABELS[code]}`;
  }
  return text;
}

/** "a", "a and b", "a, b and c". */
export function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
