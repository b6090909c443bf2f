import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScoringInput, ScoringResult } from "@/lib/scoring";
import { EVIDENCE_SOURCES, scoreOrganisation } from "@/lib/scoring";
import { criterionIds, scoringInputArb } from "./arbitraries";

const RUNS = { numRuns: 300 };

function levels(result: ScoringResult): number[] {
  return result.statements.map((s) => s.level);
}

function metIds(result: ScoringResult): Set<string> {
  return new Set(result.statements.flatMap((s) => s.criteria.filter((c) => c.met).map((c) => c.criterionId)));
}

/** Asserts that every statement's level, and the overall level, is at least as high in `after`. */
function expectNoLower(before: ScoringResult, after: ScoringResult): void {
  levels(before).forEach((level, i) => expect(levels(after)[i]).toBeGreaterThanOrEqual(level));
  expect(after.overallLevel).toBeGreaterThanOrEqual(before.overallLevel);
}

/** An input paired with an index for choosing one of its criteria, when it has any. */
const withCriterion = fc.tuple(scoringInputArb, fc.nat()).filter(([input]) => criterionIds(input.framework).length > 0);

describe("scoring properties", () => {
  it("adding evidence that counts never lowers a level, nor unmeets a criterion", () => {
    const extra = fc.record({ source: fc.constantFrom(...EVIDENCE_SOURCES), pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) });
    fc.assert(fc.property(withCriterion, extra, ([input], { source, pick }) => {
      const ids = criterionIds(input.framework);
      const linked = pick.map((n) => ids[n % ids.length]!);
      const added: ScoringInput = { ...input, evidence: [...input.evidence, { id: "added", date: input.assessmentDate, source, status: "ACCEPTED", criterionIds: linked }] };
      const before = scoreOrganisation(input);
      const after = scoreOrganisation(added);
      expectNoLower(before, after);
      for (const id of metIds(before)) expect(metIds(after).has(id)).toBe(true);
    }), RUNS);
  });

  it("removing a criterion's evidence never raises a level", () => {
    fc.assert(fc.property(withCriterion, ([input, n]) => {
      const ids = criterionIds(input.framework);
      const target = ids[n % ids.length]!;
      const removed: ScoringInput = { ...input, evidence: input.evidence.map((e) => ({ ...e, criterionIds: e.criterionIds.filter((id) => id !== target) })) };
      expectNoLower(scoreOrganisation(removed), scoreOrganisation(input));
    }), RUNS);
  });

  it("removing any evidence item never raises a level", () => {
    fc.assert(fc.property(scoringInputArb.filter((i) => i.evidence.length > 0), fc.nat(), (input, n) => {
      const removed = { ...input, evidence: input.evidence.filter((_, i) => i !== n % input.evidence.length) };
      expectNoLower(scoreOrganisation(removed), scoreOrganisation(input));
    }), RUNS);
  });

  it("an assessor's NOT_MET never raises a level", () => {
    fc.assert(fc.property(withCriterion, ([input, n]) => {
      const ids = criterionIds(input.framework);
      const rated: ScoringInput = { ...input, ratings: [...input.ratings, { criterionId: ids[n % ids.length]!, rating: "NOT_MET" }] };
      expectNoLower(scoreOrganisation(rated), scoreOrganisation(input));
    }), RUNS);
  });

  it("accepting pending evidence never lowers a level", () => {
    fc.assert(fc.property(scoringInputArb, (input) => {
      const accepted: ScoringInput = { ...input, evidence: input.evidence.map((e) => (e.status === "PENDING" ? { ...e, status: "ACCEPTED" } : e)) };
      expectNoLower(scoreOrganisation(input), scoreOrganisation(accepted));
    }), RUNS);
  });

  it("gives the same result for the same input, as plain JSON", () => {
    fc.assert(fc.property(scoringInputArb, (input) => {
      const first = scoreOrganisation(input);
      expect(scoreOrganisation(structuredClone(input))).toEqual(first);
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    }), RUNS);
  });

  it("does not depend on the order evidence is listed in", () => {
    fc.assert(fc.property(scoringInputArb, (input) => {
      const reversed = scoreOrganisation({ ...input, evidence: [...input.evidence].reverse() });
      const original = scoreOrganisation(input);
      expect(levels(reversed)).toEqual(levels(original));
      expect(metIds(reversed)).toEqual(metIds(original));
    }), RUNS);
  });

  it("never puts the overall level above any statement's level, and names the limiting statements", () => {
    fc.assert(fc.property(scoringInputArb, (input) => {
      const result = scoreOrganisation(input);
      const lowest = Math.min(...levels(result));
      expect(result.overallLevel).toBe(lowest);
      for (const level of levels(result)) expect(result.overallLevel).toBeLessThanOrEqual(level);
      const expected = lowest === 3 ? [] : result.statements.filter((s) => s.level === lowest).map((s) => s.number);
      expect(result.limitingStatements).toEqual(expected);
    }), RUNS);
  });

  it("keeps levels, reasons and the next level consistent with the criteria", () => {
    fc.assert(fc.property(scoringInputArb, (input) => {
      for (const s of scoreOrganisation(input).statements) {
        for (const c of s.criteria) {
          expect(c.met).toBe(c.reasons.length === 0);
          if (c.level <= s.level) expect(c.met).toBe(true);
        }
        if (s.level === 3) expect(s.nextLevel).toBeNull();
        else {
          const target = s.level + 1;
          expect(s.nextLevel?.level).toBe(target);
          expect(s.nextLevel?.missing.map((m) => m.criterionId)).toEqual(s.criteria.filter((c) => !c.met && c.level <= target).map((c) => c.criterionId));
          // A level is missed only because a criterion is unmet or because the level has no criteria.
          expect((s.nextLevel?.missing.length ?? 0) + (s.nextLevel?.levelsWithoutCriteria.length ?? 0)).toBeGreaterThan(0);
        }
      }
    }), RUNS);
  });
});
