import { describe, expect, it } from "vitest";
import { scoreOrganisation } from "@/lib/scoring";
import type { StatementItem } from "./builders";
import { evidence, evidenceMeeting, findStatement, input, statement } from "./builders";

/** A statement with two criteria at each level, codes "<n>.l1a" and so on. */
function fullStatement(number: number): StatementItem {
  const criteria: Array<readonly [string, 1 | 2 | 3]> = [["l1a", 1], ["l1b", 1], ["l2a", 2], ["l2b", 2], ["l3a", 3], ["l3b", 3]];
  return statement(number, criteria.map(([id, level]) => [`${number}-${id}`, level] as const));
}

/** Scores six full statements where statement n's evidence reaches levels[n - 1]. */
function scoreAtLevels(levels: ReadonlyArray<0 | 1 | 2 | 3>) {
  const statements = levels.map((_, i) => fullStatement(i + 1));
  return scoreOrganisation(input({
    framework: { statements },
    evidence: statements.flatMap((s, i) => evidenceMeeting(s, levels[i] ?? 0)),
  }));
}

describe("a statement's level", () => {
  it.each([0, 1, 2, 3] as const)("is %i when every criterion up to that level is met and none above", (level) => {
    const result = scoreAtLevels([level, 3, 3, 3, 3, 3]);
    expect(findStatement(result, 1).level).toBe(level);
  });

  it("is 0 when a level 1 criterion is unmet, even though every higher criterion is met", () => {
    const s = fullStatement(1);
    const ids = s.criteria.filter((c) => c.id !== "1-l1b").map((c) => c.id);
    const result = scoreOrganisation(input({ framework: { statements: [s] }, evidence: [evidence("e", ids, { source: "CARER" })] }));
    const result1 = findStatement(result, 1);
    expect(result1.level).toBe(0);
    expect(result1.nextLevel).toEqual({ level: 1, missing: [expect.objectContaining({ criterionId: "1-l1b", level: 1 })], levelsWithoutCriteria: [] });
  });

  it("cannot reach a level that has no criteria, nor any level above it", () => {
    const s = statement(1, [["a", 1], ["c", 3]]);
    const result = scoreOrganisation(input({ framework: { statements: [s] }, evidence: evidenceMeeting(s, 3) }));
    const result1 = findStatement(result, 1);
    expect(result1.level).toBe(1);
    expect(result1.nextLevel).toEqual({ level: 2, missing: [], levelsWithoutCriteria: [2] });
    expect(result1.summary).toContain("Level 2 has no criteria in this version of the standard");
  });

  it("is 0 for a statement with no criteria at all", () => {
    const result = scoreOrganisation(input({ framework: { statements: [statement(1, [])] } }));
    expect(findStatement(result, 1)).toMatchObject({ level: 0, nextLevel: { level: 1, missing: [], levelsWithoutCriteria: [1] } });
  });
});

describe("the next level", () => {
  it("is null at level 3", () => {
    expect(findStatement(scoreAtLevels([3, 3, 3, 3, 3, 3]), 1).nextLevel).toBeNull();
  });

  it("lists every unmet criterion of the level above, with the same reasons as the criterion", () => {
    const s = fullStatement(2);
    const result = scoreOrganisation(input({
      framework: { statements: [s] },
      evidence: [evidence("paper", ["2-l1a", "2-l1b", "2-l2a", "2-l2b"]), evidence("carer", ["2-l2a"], { source: "CARER", status: "PENDING" })],
      ratings: [{ criterionId: "2-l2b", rating: "NOT_MET" }],
    }));
    const result2 = findStatement(result, 2);
    expect(result2.level).toBe(1);
    expect(result2.nextLevel?.level).toBe(2);
    expect(result2.nextLevel?.missing.map((m) => [m.code, m.reasons.map((r) => r.code)])).toEqual([
      ["2.2-l2a", ["NO_LIVED_EXPERIENCE_EVIDENCE", "EVIDENCE_NOT_ACCEPTED"]],
      ["2.2-l2b", ["RATED_NOT_MET", "NO_LIVED_EXPERIENCE_EVIDENCE"]],
    ]);
    for (const missing of result2.nextLevel?.missing ?? []) {
      const criterion = result2.criteria.find((c) => c.criterionId === missing.criterionId);
      expect(missing.reasons).toEqual(criterion?.reasons);
    }
  });

  it("leaves out unmet criteria above the next level, which are for later", () => {
    const result = findStatement(scoreAtLevels([0, 3, 3, 3, 3, 3]), 1);
    expect(result.nextLevel?.missing.map((m) => m.level)).toEqual([1, 1]);
  });
});

describe("the overall level", () => {
  it("is the lowest statement's level, and names the statements holding it there", () => {
    const result = scoreAtLevels([3, 2, 1, 3, 1, 3]);
    expect(result.overallLevel).toBe(1);
    expect(result.limitingStatements).toEqual([3, 5]);
  });

  it("is 0 when any one statement is not yet at level 1", () => {
    const result = scoreAtLevels([3, 3, 3, 0, 3, 3]);
    expect(result.overallLevel).toBe(0);
    expect(result.limitingStatements).toEqual([4]);
  });

  it("is 3 with no limiting statements when every statement is at level 3", () => {
    const result = scoreAtLevels([3, 3, 3, 3, 3, 3]);
    expect(result).toMatchObject({ overallLevel: 3, limitingStatements: [] });
  });

  it("is taken over the statements present when the framework has fewer than six", () => {
    const statements = [fullStatement(2), fullStatement(5)];
    const result = scoreOrganisation(input({
      framework: { statements },
      evidence: [...evidenceMeeting(statements[0]!, 2), ...evidenceMeeting(statements[1]!, 3)],
    }));
    expect(result.overallLevel).toBe(2);
    expect(result.summary).toContain("has 2 of the 6 I Statements");
  });

  it("lists statements in number order whatever order they were given in", () => {
    const result = scoreOrganisation(input({ framework: { statements: [statement(4, [["d", 1]]), statement(1, [["a", 1]]), statement(6, [["f", 1]])] } }));
    expect(result.statements.map((s) => s.number)).toEqual([1, 4, 6]);
  });
});
