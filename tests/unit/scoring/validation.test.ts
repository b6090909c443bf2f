import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScoringInput } from "@/lib/scoring";
import { ScoringInputError, safeScoreOrganisation, scoreOrganisation, scoringInputSchema } from "@/lib/scoring";
import { isValidScoringInput } from "@/lib/scoring/validate";
import { scoringInputArb } from "./arbitraries";
import { criterion, evidence, input, statement } from "./builders";

type Case = { name: string; value: unknown; path: string };

const validFramework = { statements: [statement(1, [["a", 1], ["b", 2]])] };

const cases: Case[] = [
  { name: "an empty framework", value: input({ framework: { statements: [] } }), path: "framework.statements" },
  { name: "a statement number appearing twice", value: input({ framework: { statements: [statement(2, [["a", 1]]), statement(2, [["b", 1]])] } }), path: "framework.statements.1.number" },
  { name: "statement number 7", value: input({ framework: { statements: [statement(7, [])] } }), path: "framework.statements.0.number" },
  { name: "statement number 0", value: input({ framework: { statements: [statement(0, [])] } }), path: "framework.statements.0.number" },
  { name: "a fractional statement number", value: input({ framework: { statements: [statement(1.5, [])] } }), path: "framework.statements.0.number" },
  { name: "a criterion at level 4", value: { ...input(), framework: { statements: [{ number: 1, criteria: [{ id: "a", code: "a", level: 4 }] }] } }, path: "framework.statements.0.criteria.0.level" },
  { name: "a criterion id used in two statements", value: input({ framework: { statements: [statement(1, [["a", 1]]), { number: 2, criteria: [criterion("a", 1, "2.a")] }] } }), path: "framework.statements.1.criteria.0.id" },
  { name: "a criterion code used twice in one statement", value: input({ framework: { statements: [{ number: 1, criteria: [criterion("a", 1, "X"), criterion("b", 1, "X")] }] } }), path: "framework.statements.0.criteria.1.code" },
  { name: "an empty criterion id", value: input({ framework: { statements: [{ number: 1, criteria: [criterion("", 1, "x")] }] } }), path: "framework.statements.0.criteria.0.id" },
  { name: "an evidence id used twice", value: input({ framework: validFramework, evidence: [evidence("e", ["a"]), evidence("e", ["b"])] }), path: "evidence.1.id" },
  { name: "30 February as an evidence date", value: input({ framework: validFramework, evidence: [evidence("e", ["a"], { date: "2026-02-30" })] }), path: "evidence.0.date" },
  { name: "a British-format evidence date", value: input({ framework: validFramework, evidence: [evidence("e", ["a"], { date: "23/11/2026" })] }), path: "evidence.0.date" },
  { name: "a timestamp as the assessment date", value: input({ assessmentDate: "2026-11-23T10:00:00Z" }), path: "assessmentDate" },
  { name: "29 February in a year that is not a leap year", value: input({ assessmentDate: "2025-02-29" }), path: "assessmentDate" },
  { name: "an unknown evidence source", value: input({ framework: validFramework, evidence: [{ ...evidence("e", ["a"]), source: "FRIEND" }] as unknown as ScoringInput["evidence"] }), path: "evidence.0.source" },
  { name: "an unknown evidence status", value: input({ framework: validFramework, evidence: [{ ...evidence("e", ["a"]), status: "APPROVED" }] as unknown as ScoringInput["evidence"] }), path: "evidence.0.status" },
  { name: "a rating for a criterion not in the framework", value: input({ framework: validFramework, ratings: [{ criterionId: "zzz", rating: "MET" }] }), path: "ratings.0.criterionId" },
  { name: "a claim for a criterion not in the framework", value: input({ framework: validFramework, claims: [{ criterionId: "zzz", claim: "YES" }] }), path: "claims.0.criterionId" },
  { name: "two claims for one criterion", value: input({ framework: validFramework, claims: [{ criterionId: "a", claim: "YES" }, { criterionId: "a", claim: "NOT_YET" }] }), path: "claims.1.criterionId" },
  { name: "rules version 2, which does not exist", value: { ...input(), rulesVersion: 2 }, path: "rulesVersion" },
  { name: "a missing mode", value: { ...input(), mode: undefined }, path: "mode" },
  { name: "missing evidence, ratings and claims lists", value: { mode: "self", assessmentDate: "2026-11-23", framework: validFramework }, path: "evidence" },
];

describe("invalid input", () => {
  it.each(cases)("refuses $name with an issue at $path", ({ value, path }) => {
    const safe = safeScoreOrganisation(value);
    expect(safe.success).toBe(false);
    if (safe.success) return;
    expect(safe.error).toBeInstanceOf(ScoringInputError);
    expect(safe.error.issues.map((issue) => issue.path.join("."))).toContain(path);
    expect(() => scoreOrganisation(value as ScoringInput)).toThrow(ScoringInputError);
  });

  it.each([null, undefined, 42, "organisation", [], {}])("refuses %j without crashing", (value) => {
    const safe = safeScoreOrganisation(value);
    expect(safe.success).toBe(false);
    if (!safe.success) expect(safe.error.issues.length).toBeGreaterThan(0);
  });

  it("gives a readable message and zod's flattened field errors", () => {
    const safe = safeScoreOrganisation(input({ assessmentDate: "2026-13-01", framework: { statements: [] } }));
    expect(safe.success).toBe(false);
    if (safe.success) return;
    expect(safe.error.name).toBe("ScoringInputError");
    expect(safe.error.message).toBe("Invalid scoring input: assessmentDate: Use a real calendar date written as YYYY-MM-DD; framework.statements: The framework needs at least one statement");
    expect(safe.error.flattened.fieldErrors.assessmentDate).toEqual(["Use a real calendar date written as YYYY-MM-DD"]);
  });
});

describe("valid input", () => {
  it("defaults the rules version to 1 and tolerates fields it does not use", () => {
    const result = scoreOrganisation({ ...input({ evidence: [evidence("e1", ["a"])] }), note: "from the API" } as ScoringInput);
    expect(result).toMatchObject({ rulesVersion: 1, overallLevel: 1 });
  });

  it("allows the same criterion code in different statements", () => {
    const safe = safeScoreOrganisation(input({ framework: { statements: [{ number: 1, criteria: [criterion("a", 1, "A")] }, { number: 2, criteria: [criterion("b", 1, "A")] }] } }));
    expect(safe.success).toBe(true);
  });

  it("allows several assessors to rate the same criterion", () => {
    const safe = safeScoreOrganisation(input({ ratings: [{ criterionId: "a", rating: "MET" }, { criterionId: "a", rating: "MET", observation: "Seen" }] }));
    expect(safe.success).toBe(true);
  });

  it("ignores evidence links to criteria outside the framework", () => {
    expect(safeScoreOrganisation(input({ evidence: [evidence("e1", ["retired", "a"])] }))).toMatchObject({ success: true, data: { overallLevel: 1 } });
  });
});

/** Every path to a value inside an object, so a test can corrupt one of them. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, v]) => paths(v, [...prefix, key]))];
}

function corrupt(value: ScoringInput, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return copy;
}

const nearMisses = fc.oneof(
  fc.constantFrom("", " ", 0, 1, 4, 7, 1.5, -1, Number.NaN, null, undefined, [], {}, "2026-02-30", "2026-11-23", "MET", "YES", "CARER", "a", "e0", "s1-l1-0", true),
  fc.anything(),
);

describe("the quick validity check", () => {
  it("accepts every valid input, as zod does", () => {
    fc.assert(fc.property(scoringInputArb, (value) => {
      expect(scoringInputSchema.safeParse(value).success).toBe(true);
      expect(isValidScoringInput(value)).toBe(true);
    }), { numRuns: 300 });
  });

  it("never accepts what zod refuses, and scoring never fails any other way", () => {
    fc.assert(fc.property(scoringInputArb, fc.nat(), nearMisses, (value, n, replacement) => {
      const all = paths(value);
      const mutated = corrupt(value, all[n % all.length]!, replacement);
      const zodAccepts = scoringInputSchema.safeParse(mutated).success;
      if (isValidScoringInput(mutated)) expect(zodAccepts).toBe(true);
      const safe = safeScoreOrganisation(mutated);
      expect(safe.success).toBe(zodAccepts);
      if (!safe.success) expect(safe.error).toBeInstanceOf(ScoringInputError);
    }), { numRuns: 500 });
  });
});
