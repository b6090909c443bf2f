// The shape of one demo organisation's assessment story: its evidence, its self-assessment, and
// what the two Experts by Experience recorded on the visit. Dates are days before the visit, so
// the demo stays current whatever day it is seeded.
import type { DemoEvidence } from "@/lib/seed/demo-evidence-content";

export type DemoClaim = "NOT_YET" | "PARTLY" | "YES";

export type DemoVisitEvidence = Omit<DemoEvidence, "organisation" | "date"> & {
  daysBeforeVisit: number;
  /** Both assessors' decision; a rejection carries the reason they gave. */
  decision: "ACCEPTED" | "REJECTED";
  reason?: string;
};

export type DemoConversation = { people: number; carers: number; staff: number; how: string; notes: string };

export type DemoVisitContent = {
  evidence: DemoVisitEvidence[];
  /** The organisation's answers: a claim for every criterion, an account where they wrote one. */
  answers: Record<string, [DemoClaim, string?]>;
  /** The lead's rating and observation for every criterion; the final decisions. */
  ratings: Record<string, ["MET" | "NOT_MET", string]>;
  /** The co-assessor agreed with every rating; per statement, what they wrote beside them. */
  coAssessorNotes: Record<number, string>;
  /** Per statement, whom the lead and the co-assessor spoke to. */
  conversations: Record<number, [lead: DemoConversation, coAssessor: DemoConversation]>;
};
