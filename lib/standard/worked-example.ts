// The worked example on /standard/how-levels-work. It is run through the real scoring engine
// when the page renders, so the explanation can never drift from the rules.
import { scoreOrganisation, type ScoringInput, type ScoringResult } from "@/lib/scoring";

export type ExampleEvidence = { id: string; title: string; date: string; sourceLabel: string; status: "Accepted" | "Not yet reviewed" };

export const EXAMPLE_EVIDENCE: ExampleEvidence[] = [
  { id: "plans", title: "Support plan template, reviewed with people who use the service", date: "2026-02-10", sourceLabel: "The organisation", status: "Accepted" },
  { id: "training", title: "Staff induction record: getting to know the person, not the diagnosis", date: "2025-09-01", sourceLabel: "The organisation", status: "Accepted" },
  { id: "survey", title: "What members told us in the spring survey", date: "2026-05-20", sourceLabel: "People who use the service", status: "Accepted" },
  { id: "panel", title: "Minutes of the peer panel that rewrote the welcome pack", date: "2026-06-14", sourceLabel: "People who use the service", status: "Accepted" },
  { id: "old-story", title: "A member's story about leading a staff training day", date: "2024-03-02", sourceLabel: "People who use the service", status: "Accepted" },
  { id: "names", title: "Photo board of staff with their names and something about them", date: "2026-07-01", sourceLabel: "The organisation", status: "Accepted" },
];

const SOURCES: Record<string, "ORGANISATION" | "PEOPLE_WHO_USE_SERVICE"> = {
  "The organisation": "ORGANISATION",
  "People who use the service": "PEOPLE_WHO_USE_SERVICE",
};

/** Which evidence the example organisation linked to which criterion. */
const LINKS: Record<string, string[]> = {
  plans: ["1.1.a", "1.2.b"],
  training: ["1.1.b", "5.1.b"],
  survey: ["1.2.a", "5.2.a"],
  panel: ["1.2.a"],
  "old-story": ["1.3.a", "5.3.a"],
  names: ["5.1.a", "5.2.b"],
};

export const EXAMPLE_ASSESSMENT_DATE = "2026-09-15";

export const EXAMPLE_INPUT: ScoringInput = {
  mode: "verified",
  assessmentDate: EXAMPLE_ASSESSMENT_DATE,
  framework: {
    statements: [
      {
        number: 1,
        title: "I am more than a mental health diagnosis",
        criteria: [
          { id: "1.1.a", code: "1.1.a", level: 1 },
          { id: "1.1.b", code: "1.1.b", level: 1 },
          { id: "1.2.a", code: "1.2.a", level: 2 },
          { id: "1.2.b", code: "1.2.b", level: 2 },
          { id: "1.3.a", code: "1.3.a", level: 3 },
        ],
      },
      {
        number: 5,
        title: "I will know the name of the person responsible for my support",
        criteria: [
          { id: "5.1.a", code: "5.1.a", level: 1 },
          { id: "5.1.b", code: "5.1.b", level: 1 },
          { id: "5.2.a", code: "5.2.a", level: 2 },
          { id: "5.2.b", code: "5.2.b", level: 2 },
          { id: "5.3.a", code: "5.3.a", level: 3 },
        ],
      },
    ],
  },
  evidence: EXAMPLE_EVIDENCE.map((item) => ({
    id: item.id,
    date: item.date,
    source: SOURCES[item.sourceLabel] ?? "ORGANISATION",
    status: item.status === "Accepted" ? "ACCEPTED" : "PENDING",
    criterionIds: LINKS[item.id] ?? [],
  })),
  ratings: [
    { criterionId: "1.2.b", rating: "NOT_MET", observation: "Two members said the plans still feel written about them, not with them." },
    { criterionId: "5.2.b", rating: "MET", observation: "We watched a named worker introduce herself and explain who covers when she is away." },
  ],
  claims: [],
};

export function scoreWorkedExample(): ScoringResult {
  return scoreOrganisation(EXAMPLE_INPUT);
}
