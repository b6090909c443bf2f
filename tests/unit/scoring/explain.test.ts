import { describe, expect, it } from "vitest";
import { REASON_CODES, evidenceWindow, reasonMessage, scoreOrganisation } from "@/lib/scoring";
import { evidence, findStatement, input, scoreSingle, statement } from "./builders";

describe("reason messages", () => {
  it.each(REASON_CODES)("%s has a complete plain-English sentence", (code) => {
    const message = reasonMessage(code, { window: evidenceWindow("2026-11-23"), evidenceIds: ["e1"], observations: [] });
    expect(message).toMatch(/^[A-Z0-9].*\.$/);
    expect(message).not.toMatch(/undefined|NaN|null|\[object/);
  });

  it("tells the organisation which dates evidence must fall between", () => {
    const [reason] = scoreSingle(1).reasons;
    expect(reason?.message).toBe("No evidence that counts is linked to this criterion yet. Link at least one item dated between 23 November 2024 and 23 November 2026.");
  });

  it("counts items in words that agree with the number", () => {
    const pending = { status: "PENDING" } as const;
    const one = scoreSingle(1, { evidence: [evidence("e1", ["c"], pending)] });
    const two = scoreSingle(1, { evidence: [evidence("e1", ["c"], pending), evidence("e2", ["c"], pending)] });
    expect(one.reasons[0]?.message).toMatch(/^1 linked evidence item is still waiting for an assessor to accept it\./);
    expect(two.reasons[0]?.message).toMatch(/^2 linked evidence items are still waiting for an assessor to accept them\./);
  });

  it("says from which date evidence is too old", () => {
    const result = scoreSingle(1, { evidence: [evidence("e1", ["c"], { date: "2023-03-03" })] });
    expect(result.reasons[0]?.message).toContain("dated before 23 November 2024, more than 24 months before the assessment");
  });
});

describe("summaries", () => {
  it("explains a statement that is not yet at level 1 and what level 1 needs", () => {
    const result = scoreOrganisation(input({ framework: { statements: [statement(3, [["a", 1], ["b", 1], ["c", 2]])] }, evidence: [evidence("e1", ["a"])] }));
    expect(findStatement(result, 3).summary).toBe("Statement 3 is not yet at level 1. To reach level 1, 1 criterion still needs work: 3.b (needs evidence).");
  });

  it("lists every criterion the next level needs, with what each needs", () => {
    const result = scoreOrganisation(input({
      framework: { statements: [statement(3, [["a", 1], ["b", 2], ["c", 2]])] },
      evidence: [evidence("e1", ["a", "b"])],
      ratings: [{ criterionId: "c", rating: "NOT_MET" }],
    }));
    expect(findStatement(result, 3).summary).toBe(
      "Statement 3 is at level 1. To reach level 2, 2 criteria still need work: 3.b (needs evidence from people with lived experience) and 3.c (was rated not met by an assessor; needs evidence from people with lived experience).",
    );
  });

  it("says when a statement is at the highest level", () => {
    const result = scoreOrganisation(input({ framework: { statements: [statement(2, [["a", 1], ["b", 2], ["c", 3]])] }, evidence: [evidence("e1", ["a", "b", "c"], { source: "CARER" })] }));
    expect(findStatement(result, 2).summary).toBe("Statement 2 is at level 3, the highest level: every criterion is met.");
  });

  it("words a self-assessment so that it never reads as an award", () => {
    const result = scoreOrganisation(input({
      mode: "self",
      framework: { statements: [statement(1, [["a", 1], ["b", 2]])] },
      evidence: [evidence("e1", ["a", "b"], { status: "PENDING" })],
      claims: [{ criterionId: "a", claim: "YES" }, { criterionId: "b", claim: "PARTLY" }],
    }));
    expect(findStatement(result, 1).summary).toBe("Statement 1 is self-assessed at level 1. To reach level 2, 1 criterion still needs work: 1.b (is only partly in place; needs evidence from people with lived experience).");
    expect(result.summary).toMatch(/^Overall, the organisation is self-assessed at level 1\./);
  });

  it("explains the overall level by its weakest statements and the work to move up", () => {
    const result = scoreOrganisation(input({
      framework: { statements: [1, 2, 3, 4, 5, 6].map((n) => statement(n, [[`${n}a`, 1], [`${n}b`, 2]])) },
      evidence: [evidence("carers", ["1a", "1b", "2a", "2b", "3a", "4a", "4b", "5b", "6a", "6b"], { source: "CARER" })],
    }));
    expect(result.summary).toBe(
      "Overall, the organisation is not yet at level 1. The overall level is that of the weakest statement, and statement 5 is not yet at level 1. To reach level 1 overall, 1 criterion in statement 5 still needs work.",
    );
  });

  it("names more than one limiting statement", () => {
    const result = scoreOrganisation(input({
      framework: { statements: [statement(1, [["a", 1], ["b", 2]]), statement(2, [["c", 1], ["d", 2]]), statement(3, [["e", 1], ["f", 2]])] },
      evidence: [evidence("paper", ["a", "c", "e"]), evidence("carer", ["b", "d", "f"], { source: "CARER", status: "PENDING" })],
    }));
    expect(result.summary).toContain("statements 1, 2 and 3 are at level 1. To reach level 2 overall, 3 criteria in statements 1, 2 and 3 still need work.");
  });
});

describe("the result", () => {
  it("is plain JSON that survives a round trip unchanged", () => {
    const result = scoreOrganisation(input({ evidence: [evidence("e1", ["a"])], ratings: [{ criterionId: "a", rating: "MET", observation: "Good" }] }));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("records the rules version, the mode, the assessment date and the evidence window", () => {
    const result = scoreOrganisation(input({ mode: "self" }));
    expect(result).toMatchObject({ rulesVersion: 1, mode: "self", assessmentDate: "2026-11-23", evidenceWindow: { from: "2024-11-23", to: "2026-11-23" } });
  });
});
