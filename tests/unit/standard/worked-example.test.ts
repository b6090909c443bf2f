import { describe, expect, it } from "vitest";
import { scoreWorkedExample } from "@/lib/standard/worked-example";

// The public page tells this story in words; these checks keep the words true.
describe("the worked example on the how-levels-work page", () => {
  const result = scoreWorkedExample();
  const statement = (n: number) => result.statements.find((s) => s.number === n);

  it("puts statement 1 at level 1 because assessors rated 1.2.b not met", () => {
    expect(statement(1)?.level).toBe(1);
    const b = statement(1)?.criteria.find((c) => c.code === "1.2.b");
    expect(b?.reasons.map((r) => r.code)).toContain("RATED_NOT_MET");
  });

  it("puts statement 5 at level 2, with the assessor's observation counting as lived experience", () => {
    expect(statement(5)?.level).toBe(2);
    expect(statement(5)?.criteria.find((c) => c.code === "5.2.b")?.assessorObservation).toBe(true);
  });

  it("does not count the story from more than 24 months before the assessment", () => {
    expect(statement(5)?.criteria.find((c) => c.code === "5.3.a")?.reasons.map((r) => r.code)).toContain("EVIDENCE_OUT_OF_DATE");
  });

  it("gives an overall level of 1, held down by statement 1", () => {
    expect(result.overallLevel).toBe(1);
    expect(result.limitingStatements).toEqual([1]);
  });
});
