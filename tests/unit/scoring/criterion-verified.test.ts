import { describe, expect, it } from "vitest";
import type { ScoringInput } from "@/lib/scoring";
import { evidence, reasonCodes, scoreSingle } from "./builders";

type Case = {
  name: string;
  level: 1 | 2 | 3;
  given: Partial<ScoringInput>;
  met: boolean;
  reasons: string[];
  counting?: string[];
};

const cases: Case[] = [
  { name: "accepted organisation evidence in the window meets a level 1 criterion", level: 1, given: { evidence: [evidence("e1", ["c"])] }, met: true, reasons: [], counting: ["e1"] },
  { name: "a criterion with no linked evidence is not met", level: 1, given: {}, met: false, reasons: ["NO_EVIDENCE"] },
  { name: "pending evidence does not count in verified mode", level: 1, given: { evidence: [evidence("e1", ["c"], { status: "PENDING" })] }, met: false, reasons: ["EVIDENCE_NOT_ACCEPTED"], counting: [] },
  { name: "rejected evidence does not count", level: 1, given: { evidence: [evidence("e1", ["c"], { status: "REJECTED" })] }, met: false, reasons: ["EVIDENCE_REJECTED"] },
  { name: "evidence older than 24 months does not count", level: 1, given: { evidence: [evidence("e1", ["c"], { date: "2024-11-22" })] }, met: false, reasons: ["EVIDENCE_OUT_OF_DATE"] },
  { name: "evidence dated after the assessment date does not count", level: 1, given: { evidence: [evidence("e1", ["c"], { date: "2026-11-24" })] }, met: false, reasons: ["EVIDENCE_AFTER_ASSESSMENT_DATE"] },
  { name: "an assessor's NOT_MET overrides accepted evidence", level: 1, given: { evidence: [evidence("e1", ["c"])], ratings: [{ criterionId: "c", rating: "NOT_MET" }] }, met: false, reasons: ["RATED_NOT_MET"], counting: ["e1"] },
  { name: "an assessor's NOT_MET wins over another assessor's MET with an observation", level: 2, given: { evidence: [evidence("e1", ["c"], { source: "CARER" })], ratings: [{ criterionId: "c", rating: "MET", observation: "Carers were welcomed" }, { criterionId: "c", rating: "NOT_MET" }] }, met: false, reasons: ["RATED_NOT_MET"] },
  { name: "an assessor's MET confirms accepted evidence", level: 1, given: { evidence: [evidence("e1", ["c"])], ratings: [{ criterionId: "c", rating: "MET" }] }, met: true, reasons: [] },
  { name: "a MET without an observation is not evidence in itself", level: 1, given: { ratings: [{ criterionId: "c", rating: "MET" }] }, met: false, reasons: ["NO_EVIDENCE"] },
  { name: "a MET whose observation is only whitespace is not evidence", level: 1, given: { ratings: [{ criterionId: "c", rating: "MET", observation: "   \n" }] }, met: false, reasons: ["NO_EVIDENCE"] },
  { name: "a MET with an observation alone meets a level 1 criterion", level: 1, given: { ratings: [{ criterionId: "c", rating: "MET", observation: "Staff knew people by name" }] }, met: true, reasons: [], counting: [] },
  { name: "a MET with an observation alone meets a level 3 criterion", level: 3, given: { ratings: [{ criterionId: "c", rating: "MET", observation: "People co-chair the board" }] }, met: true, reasons: [] },
  { name: "level 1 does not need lived-experience evidence", level: 1, given: { evidence: [evidence("e1", ["c"], { source: "ORGANISATION" })] }, met: true, reasons: [] },
  { name: "level 2 with only organisation paperwork needs lived-experience evidence", level: 2, given: { evidence: [evidence("e1", ["c"])] }, met: false, reasons: ["NO_LIVED_EXPERIENCE_EVIDENCE"], counting: ["e1"] },
  { name: "level 3 with only organisation paperwork needs lived-experience evidence", level: 3, given: { evidence: [evidence("e1", ["c"])] }, met: false, reasons: ["NO_LIVED_EXPERIENCE_EVIDENCE"] },
  { name: "level 2 is met by organisation paperwork plus an assessor's MET with an observation", level: 2, given: { evidence: [evidence("e1", ["c"])], ratings: [{ criterionId: "c", rating: "MET", observation: "A carer told us they felt respected" }] }, met: true, reasons: [] },
  { name: "level 2 is met by accepted evidence from carers", level: 2, given: { evidence: [evidence("e1", ["c"], { source: "CARER" })] }, met: true, reasons: [] },
  { name: "level 2 is met by accepted evidence from people who use the service", level: 2, given: { evidence: [evidence("e1", ["c"], { source: "PEOPLE_WHO_USE_SERVICE" })] }, met: true, reasons: [] },
  { name: "level 3 is met by accepted evidence from Experts by Experience", level: 3, given: { evidence: [evidence("e1", ["c"], { source: "EXPERT_BY_EXPERIENCE" })] }, met: true, reasons: [] },
  { name: "pending lived-experience evidence is named when it is what level 2 lacks", level: 2, given: { evidence: [evidence("e1", ["c"]), evidence("e2", ["c"], { source: "CARER", status: "PENDING" })] }, met: false, reasons: ["NO_LIVED_EXPERIENCE_EVIDENCE", "EVIDENCE_NOT_ACCEPTED"] },
  { name: "out-of-date lived-experience evidence does not meet level 2", level: 2, given: { evidence: [evidence("e1", ["c"], { source: "CARER", date: "2023-01-01" })] }, met: false, reasons: ["EVIDENCE_OUT_OF_DATE", "NO_LIVED_EXPERIENCE_EVIDENCE"] },
  { name: "no evidence at level 2 needs evidence and lived experience", level: 2, given: {}, met: false, reasons: ["NO_EVIDENCE", "NO_LIVED_EXPERIENCE_EVIDENCE"] },
  { name: "a rejection is reported rather than the rejected item's age", level: 1, given: { evidence: [evidence("e1", ["c"], { status: "REJECTED", date: "2020-05-05" })] }, met: false, reasons: ["EVIDENCE_REJECTED"] },
  { name: "an out-of-date pending item is reported as out of date, since accepting it would not help", level: 1, given: { evidence: [evidence("e1", ["c"], { status: "PENDING", date: "2020-05-05" })] }, met: false, reasons: ["EVIDENCE_OUT_OF_DATE"] },
  { name: "one counting item is enough even when others do not count", level: 1, given: { evidence: [evidence("e1", ["c"], { status: "PENDING" }), evidence("e2", ["c"]), evidence("e3", ["c"], { status: "REJECTED" })] }, met: true, reasons: [], counting: ["e2"] },
  { name: "claims are ignored in verified mode", level: 1, given: { evidence: [evidence("e1", ["c"])], claims: [{ criterionId: "c", claim: "NOT_YET" }] }, met: true, reasons: [] },
  { name: "evidence linked to another criterion does not count here", level: 1, given: { evidence: [evidence("e1", ["retired-criterion"])] }, met: false, reasons: ["NO_EVIDENCE"] },
  { name: "an item linked twice to the same criterion counts once", level: 1, given: { evidence: [evidence("e1", ["c", "c"])] }, met: true, reasons: [], counting: ["e1"] },
];

describe("criteria in verified mode", () => {
  it.each(cases)("$name", ({ level, given, met, reasons, counting }) => {
    const result = scoreSingle(level, given);
    expect(result.met).toBe(met);
    expect(reasonCodes(result)).toEqual(reasons);
    if (counting !== undefined) expect(result.countingEvidenceIds).toEqual(counting);
  });

  it("names the evidence items each reason is about", () => {
    const result = scoreSingle(1, {
      evidence: [
        evidence("old-1", ["c"], { date: "2022-01-01" }),
        evidence("pending-1", ["c"], { status: "PENDING" }),
        evidence("old-2", ["c"], { date: "2021-06-30" }),
      ],
    });
    expect(result.reasons.map(({ code, evidenceIds }) => ({ code, evidenceIds }))).toEqual([
      { code: "EVIDENCE_OUT_OF_DATE", evidenceIds: ["old-1", "old-2"] },
      { code: "EVIDENCE_NOT_ACCEPTED", evidenceIds: ["pending-1"] },
    ]);
  });

  it("marks an assessor's MET with an observation as lived-experience evidence", () => {
    const result = scoreSingle(2, { ratings: [{ criterionId: "c", rating: "MET", observation: "Peer workers lead groups" }] });
    expect(result).toMatchObject({ met: true, assessorObservation: true, livedExperience: true, countingEvidenceIds: [] });
  });

  it("reports lived experience only when it comes from counting evidence", () => {
    const pendingCarer = scoreSingle(1, { evidence: [evidence("e1", ["c"], { source: "CARER", status: "PENDING" }), evidence("e2", ["c"])] });
    expect(pendingCarer).toMatchObject({ met: true, livedExperience: false, countingEvidenceIds: ["e2"] });
  });

  it("quotes the assessor's observation when rating a criterion not met", () => {
    const result = scoreSingle(1, {
      evidence: [evidence("e1", ["c"])],
      ratings: [{ criterionId: "c", rating: "NOT_MET", observation: "Nobody could name the carers' lead" }],
    });
    expect(result.reasons[0]?.message).toContain("\"Nobody could name the carers' lead\"");
  });
});
