import { describe, expect, it } from "vitest";
import { RESULTS_THRESHOLD, answersCountText, hasEnoughAnswers, percent, resultsVisible, tallyAnswers } from "@/lib/feedback/rounds/distribution";

describe("the anonymity threshold", () => {
  it("is 10 answers", () => {
    expect(RESULTS_THRESHOLD).toBe(10);
    expect(hasEnoughAnswers(9)).toBe(false);
    expect(hasEnoughAnswers(10)).toBe(true);
  });

  it("shows a count only from 10 answers", () => {
    expect([0, 1, 9].map(answersCountText)).toEqual(["Fewer than 10", "Fewer than 10", "Fewer than 10"]);
    expect([10, 37].map(answersCountText)).toEqual(["10", "37"]);
  });

  it("shows results only for a closed round with at least 10 answers", () => {
    expect(resultsVisible({ status: "OPEN", responses: 50 })).toBe(false);
    expect(resultsVisible({ status: "CLOSED", responses: 9 })).toBe(false);
    expect(resultsVisible({ status: "CLOSED", responses: 10 })).toBe(true);
  });
});

describe("counting answers", () => {
  it("counts each point of the scale, I don't know and questions left out, per statement", () => {
    const answers = [
      { statementNumber: 1, rating: 5 },
      { statementNumber: 1, rating: 5 },
      { statementNumber: 1, rating: 4 },
      { statementNumber: 1, rating: 1 },
      { statementNumber: 1, rating: null },
      { statementNumber: 2, rating: null },
      { statementNumber: 2, rating: 3 },
    ];
    const [first, second, third] = tallyAnswers(answers, 6);
    expect(first).toMatchObject({ statementNumber: 1, counts: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 2 }, dontKnow: 1, noAnswer: 1, rated: 4, positive: 3 });
    expect(first?.question).toBe("Staff treat me as a person, not just a diagnosis");
    expect(second).toMatchObject({ counts: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 }, dontKnow: 1, noAnswer: 4, rated: 1, positive: 0 });
    expect(third).toMatchObject({ rated: 0, dontKnow: 0, noAnswer: 6 });
  });

  it("gives all six statements in order, even with no answers", () => {
    expect(tallyAnswers([], 0).map((t) => t.statementNumber)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("ignores rows that are not real answers", () => {
    const [first] = tallyAnswers([{ statementNumber: 1, rating: 0 }, { statementNumber: 1, rating: 6 }, { statementNumber: 1, rating: 2.5 }, { statementNumber: 7, rating: 3 }], 1);
    expect(first).toMatchObject({ rated: 0, dontKnow: 0, noAnswer: 1 });
  });

  it("rounds percentages to whole numbers, and 0 of 0 is 0", () => {
    expect(percent(3, 14)).toBe(21);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });
});
