// The pure rules behind the visit record: disagreements, gaps and the engine's input.
import { describe, expect, it } from "vitest";
import type { AssessmentSnapshot, SnapshotEvidence } from "@/lib/assessment-requests/snapshot";
import { findDisagreements, findGaps, progressFor } from "@/lib/visit-record/analysis";
import { buildVerifiedInput } from "@/lib/visit-record/scoring-input";
import type { VisitRecords } from "@/lib/visit-record/types";
import { scoreOrganisation } from "@/lib/scoring";

const item = (id: string, criterionIds: string[], source: SnapshotEvidence["source"] = "PEOPLE_WHO_USE_SERVICE"): SnapshotEvidence => ({
  id, title: `Item ${id}`, description: null, kind: "ACCOUNT", type: "OBSERVATION", source, evidenceDate: "2026-01-10", consentGiven: true, url: null, body: "x", file: null, criterionIds,
});

const snapshot = {
  snapshotVersion: 1,
  statements: [
    { number: 1, text: "One", criteria: [{ id: "c1", code: "1.1", level: 1, text: "" }, { id: "c2", code: "1.2", level: 2, text: "" }] },
    { number: 2, text: "Two", criteria: [{ id: "c3", code: "2.1", level: 1, text: "" }] },
  ],
  evidence: [item("e1", ["c1", "c3"]), item("e2", ["c2"], "ORGANISATION")],
} as unknown as AssessmentSnapshot;

const LEAD = { id: "lead", name: "Dawn" };
const CO = { id: "co", name: "Marcus" };
const empty = (): VisitRecords => ({ reviews: [], ratings: [], conversations: [] });

describe("findDisagreements", () => {
  it("lists only what both decided differently, an item shared by two statements once", () => {
    const records = empty();
    records.reviews.push({ evidenceId: "e1", assessorUserId: "lead", decision: "ACCEPTED", reason: "" }, { evidenceId: "e1", assessorUserId: "co", decision: "REJECTED", reason: "Old" });
    records.reviews.push({ evidenceId: "e2", assessorUserId: "lead", decision: "ACCEPTED", reason: "" });
    records.ratings.push({ criterionId: "c1", assessorUserId: "lead", rating: "MET", observation: "" }, { criterionId: "c1", assessorUserId: "co", rating: "MET", observation: "" });
    records.ratings.push({ criterionId: "c3", assessorUserId: "lead", rating: "MET", observation: "" }, { criterionId: "c3", assessorUserId: "co", rating: "NOT_MET", observation: "No" });
    expect(findDisagreements(snapshot, records, "lead", "co")).toEqual([
      { kind: "EVIDENCE", statementNumber: 1, evidenceId: "e1", title: "Item e1", lead: "ACCEPTED", coAssessor: "REJECTED" },
      { kind: "CRITERION", statementNumber: 2, criterionId: "c3", code: "2.1", lead: "MET", coAssessor: "NOT_MET" },
    ]);
  });
});

describe("findGaps and progress", () => {
  it("names statements nobody recorded and what the lead has left to decide", () => {
    const records = empty();
    records.conversations.push({ statementNumber: 1, assessorUserId: "co", peopleWhoUseService: 1, carers: 0, staff: 0, how: "", notes: "" });
    records.ratings.push({ criterionId: "c1", assessorUserId: "lead", rating: "MET", observation: "" });
    expect(findGaps(snapshot, records, { lead: LEAD, coAssessor: CO })).toEqual([
      "Statement 1: Dawn has not decided on 2 of 2 evidence items.",
      "Statement 1: Dawn has not rated 1 of 2 criteria.",
      "Statement 2: Dawn has not recorded anything yet.",
      "Statement 2: Marcus has not recorded anything yet.",
      "Statement 2: Dawn has not decided on 1 of 1 evidence items.",
      "Statement 2: Dawn has not rated 1 of 1 criteria.",
    ]);
    expect(progressFor(snapshot, records, "lead")[0]).toEqual({ number: 1, evidenceTotal: 2, criteriaTotal: 2, evidenceReviewed: 0, criteriaRated: 1, conversation: false });
  });
});

describe("buildVerifiedInput", () => {
  it("gives undecided items PENDING, keeps observations, and scores in verified mode", () => {
    const input = buildVerifiedInput(snapshot, { evidence: [{ evidenceId: "e1", decision: "ACCEPTED", reason: "" }], ratings: [{ criterionId: "c2", rating: "MET", observation: "Heard it" }] }, "2026-11-23");
    expect(input.mode).toBe("verified");
    expect(input.evidence.map((e) => [e.id, e.status])).toEqual([["e1", "ACCEPTED"], ["e2", "PENDING"]]);
    expect(input.ratings).toEqual([{ criterionId: "c2", rating: "MET", observation: "Heard it" }]);
    const result = scoreOrganisation(input);
    // c1, c3 count e1; c2 counts the observation as lived experience; nothing at level 3 exists.
    expect(result.statements.map((s) => s.level)).toEqual([2, 1]);
  });
});
