// Whether a visit's record is ready for the lead to submit: pure, shared by the submit page
// (to show the list) and the submit service (to refuse with the same list).
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { findDisagreements, findGaps, type Disagreement } from "@/lib/visit-record/analysis";
import type { VisitRecords } from "@/lib/visit-record/types";

type Person = { id: string; name: string; isLead: boolean };

export type Readiness = { lead: Person; coAssessor: Person; gaps: string[]; disagreements: Disagreement[]; ready: boolean };

/** The gaps and disagreements standing between the lead and sending the report. */
export function readiness(snapshot: AssessmentSnapshot, records: VisitRecords, people: Person[]): Readiness {
  const lead = people.find((p) => p.isLead);
  const coAssessor = people.find((p) => !p.isLead);
  if (!lead || !coAssessor) throw new Error("A visit must have a lead and a co-assessor");
  const gaps = findGaps(snapshot, records, { lead, coAssessor });
  const disagreements = findDisagreements(snapshot, records, lead.id, coAssessor.id);
  return { lead, coAssessor, gaps, disagreements, ready: gaps.length === 0 && disagreements.length === 0 };
}

/** One line per disagreement, naming both people, for the page and for the refusal. */
export function describeDisagreement(d: Disagreement, lead: string, coAssessor: string): string {
  if (d.kind === "EVIDENCE") {
    const word = (v: "ACCEPTED" | "REJECTED") => (v === "ACCEPTED" ? "accepted" : "did not accept");
    return `Statement ${d.statementNumber}, evidence "${d.title}": ${lead} ${word(d.lead)} it and ${coAssessor} ${word(d.coAssessor)} it.`;
  }
  const word = (v: "MET" | "NOT_MET") => (v === "MET" ? "met" : "not met");
  return `Statement ${d.statementNumber}, ${d.code}: ${lead} rated it ${word(d.lead)} and ${coAssessor} rated it ${word(d.coAssessor)}.`;
}
