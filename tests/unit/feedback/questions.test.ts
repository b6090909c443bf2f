import { describe, expect, it } from "vitest";
import { FEEDBACK_QUESTIONS, FEEDBACK_SCALE, FEEDBACK_STATEMENT_NUMBERS, feedbackAnswerWord, feedbackQuestion } from "@/lib/feedback/questions";

describe("the easy-read feedback questions", () => {
  it("has one question for each of the six I Statements, in order", () => {
    expect(FEEDBACK_QUESTIONS.map((q) => q.statementNumber)).toEqual([...FEEDBACK_STATEMENT_NUMBERS]);
    expect(feedbackQuestion(1).question).toBe("Staff treat me as a person, not just a diagnosis");
  });

  it("keeps each question short enough to read at a glance", () => {
    for (const q of FEEDBACK_QUESTIONS) expect(q.question.split(" ").length).toBeLessThanOrEqual(20);
  });

  it("words the five-point scale from never to always, and null as I don't know", () => {
    expect(FEEDBACK_SCALE.map((p) => p.word)).toEqual(["Never", "Not often", "Sometimes", "Mostly", "Always"]);
    expect(feedbackAnswerWord(4)).toBe("Mostly");
    expect(feedbackAnswerWord(null)).toBe("I don't know");
  });
});
