import { describe, expect, it } from "vitest";
import { tallyAnswers } from "@/lib/feedback/rounds/distribution";
import { evidenceBody, evidenceTitle } from "@/lib/feedback/rounds/evidence-text";

const answers = Array.from({ length: 12 }, (_, i) => [1, 2, 3, 4, 5, 6].map((statementNumber) => ({ statementNumber, rating: i < 2 ? null : ((i % 5) + 1) }))).flat();
const summary = { startsOn: "2026-04-13", endsOn: "2026-05-10", services: "Our peer support groups.", responses: 12, carers: 3, tallies: tallyAnswers(answers, 12) };

describe("the evidence a closed round becomes", () => {
  it("is titled with its dates and how many answered", () => {
    expect(evidenceTitle(summary)).toBe("Feedback from people who use our services, 13 April 2026 to 10 May 2026 (12 answers)");
  });

  it("says the counts for every statement, I don't know and the carers' share, in plain English", () => {
    const body = evidenceBody(summary);
    expect(body).toContain("12 people answered our anonymous, easy-read feedback questions between 13 April 2026 and 10 May 2026.");
    expect(body).toContain("The round was about: Our peer support groups.");
    expect(body).toContain("3 of the 12 answers (25%) came from carers or family members.");
    expect(body).toContain('I Statement 1: "Staff treat me as a person, not just a diagnosis"\nNever: 2. Not often: 2. Sometimes: 2. Mostly: 2. Always: 2. I don\'t know: 2.');
    expect(body).toContain("4 of the 10 people who chose an answer (40%) said Mostly or Always.");
    expect(body.match(/^I Statement \d/gm)).toHaveLength(6);
  });

  it("mentions questions left out only when some were", () => {
    expect(evidenceBody(summary)).not.toContain("Left out");
    expect(evidenceBody({ ...summary, tallies: tallyAnswers(answers.slice(1), 12) })).toContain("Left out: 1.");
  });
});
