import { describe, expect, it } from "vitest";
import type { ScoringInput } from "@/lib/scoring";
import { evidence, reasonCodes, scoreSingle } from "./builders";

type Case = { name: string; level: 1 | 2 | 3; given: Partial<ScoringInput>; met: boolean; reasons: string[] };

const yes: ScoringInput["claims"] = [{ criterionId: "c", claim: "YES" }];

const cases: Case[] = [
  { name: "a YES claim with pending evidence is met, since nobody has reviewed it yet", level: 1, given: { claims: yes, evidence: [evidence("e1", ["c"], { status: "PENDING" })] }, met: true, reasons: [] },
  { name: "a YES claim with accepted evidence is met", level: 1, given: { claims: yes, evidence: [evidence("e1", ["c"])] }, met: true, reasons: [] },
  { name: "a YES claim with only rejected evidence is not met", level: 1, given: { claims: yes, evidence: [evidence("e1", ["c"], { status: "REJECTED" })] }, met: false, reasons: ["EVIDENCE_REJECTED"] },
  { name: "a YES claim without evidence is not met", level: 1, given: { claims: yes }, met: false, reasons: ["NO_EVIDENCE"] },
  { name: "a YES claim with out-of-date evidence is not met", level: 1, given: { claims: yes, evidence: [evidence("e1", ["c"], { date: "2024-11-22" })] }, met: false, reasons: ["EVIDENCE_OUT_OF_DATE"] },
  { name: "a YES claim with evidence dated after the assessment date is not met", level: 1, given: { claims: yes, evidence: [evidence("e1", ["c"], { date: "2027-01-01" })] }, met: false, reasons: ["EVIDENCE_AFTER_ASSESSMENT_DATE"] },
  { name: "a PARTLY claim is not met even with evidence", level: 1, given: { claims: [{ criterionId: "c", claim: "PARTLY" }], evidence: [evidence("e1", ["c"])] }, met: false, reasons: ["CLAIMED_PARTLY"] },
  { name: "a NOT_YET claim is not met even with evidence", level: 1, given: { claims: [{ criterionId: "c", claim: "NOT_YET" }], evidence: [evidence("e1", ["c"])] }, met: false, reasons: ["NOT_CLAIMED"] },
  { name: "no claim at all is not met", level: 1, given: { evidence: [evidence("e1", ["c"])] }, met: false, reasons: ["NOT_CLAIMED"] },
  { name: "a NOT_YET claim without evidence explains both gaps", level: 1, given: { claims: [{ criterionId: "c", claim: "NOT_YET" }] }, met: false, reasons: ["NOT_CLAIMED", "NO_EVIDENCE"] },
  { name: "from level 2 a YES claim needs lived-experience evidence", level: 2, given: { claims: yes, evidence: [evidence("e1", ["c"])] }, met: false, reasons: ["NO_LIVED_EXPERIENCE_EVIDENCE"] },
  { name: "pending lived-experience evidence meets a claimed level 2 criterion", level: 2, given: { claims: yes, evidence: [evidence("e1", ["c"], { source: "PEOPLE_WHO_USE_SERVICE", status: "PENDING" })] }, met: true, reasons: [] },
  { name: "rejected lived-experience evidence is named when it is what level 2 lacks", level: 2, given: { claims: yes, evidence: [evidence("e1", ["c"]), evidence("e2", ["c"], { source: "CARER", status: "REJECTED" })] }, met: false, reasons: ["NO_LIVED_EXPERIENCE_EVIDENCE", "EVIDENCE_REJECTED"] },
  { name: "an assessor's NOT_MET is ignored before any visit", level: 1, given: { claims: yes, evidence: [evidence("e1", ["c"])], ratings: [{ criterionId: "c", rating: "NOT_MET" }] }, met: true, reasons: [] },
  { name: "an assessor's MET with an observation is not evidence in self mode", level: 1, given: { claims: yes, ratings: [{ criterionId: "c", rating: "MET", observation: "Lovely" }] }, met: false, reasons: ["NO_EVIDENCE"] },
];

describe("criteria in self mode", () => {
  it.each(cases)("$name", ({ level, given, met, reasons }) => {
    const result = scoreSingle(level, { mode: "self", ...given });
    expect(result.met).toBe(met);
    expect(reasonCodes(result)).toEqual(reasons);
    expect(result.assessorObservation).toBe(false);
  });
});
