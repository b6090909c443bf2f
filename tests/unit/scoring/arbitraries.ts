import fc from "fast-check";
import type { ScoringInput } from "@/lib/scoring";
import { CLAIMS, EVIDENCE_SOURCES, EVIDENCE_STATUSES, RATINGS } from "@/lib/scoring";
import type { EvidenceItem, StatementItem } from "./builders";

type Framework = ScoringInput["framework"];

/** Assessment dates that include the awkward ones: a leap day, a year end, the day after February. */
export const assessmentDateArb = fc.constantFrom("2026-11-23", "2028-02-29", "2026-03-01", "2025-12-31", "2026-02-28");

/** A date `offset` days before (or, if negative, after) an ISO date; test-only, so Date is fine here. */
export function daysBefore(iso: string, offset: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);
}

/** A statement with 0–3 criteria at each level; empty levels occur but are rare. */
function statementArb(number: number): fc.Arbitrary<StatementItem> {
  const count = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 3 }) });
  return fc.tuple(count, count, count).map(([l1, l2, l3]) => ({
    number,
    criteria: ([[1, l1], [2, l2], [3, l3]] as const).flatMap(([level, n]) =>
      Array.from({ length: n }, (_, i) => ({ id: `s${number}-l${level}-${i}`, code: `${number}.${level}.${i}`, level })),
    ),
  }));
}

/** A valid framework of one to six distinct I Statements. */
export const frameworkArb: fc.Arbitrary<Framework> = fc
  .uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 6 })
  .chain((numbers) => fc.tuple(...numbers.map(statementArb)))
  .map((statements) => ({ statements }));

export function criterionIds(framework: Framework): string[] {
  return framework.statements.flatMap((s) => s.criteria.map((c) => c.id));
}

function evidenceArb(ids: string[], assessmentDate: string): fc.Arbitrary<EvidenceItem[]> {
  const item = fc.record({
    // Mostly inside the window, with the edges and both sides of it well represented.
    offset: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 725, max: 740 }), fc.integer({ min: -5, max: 900 })),
    source: fc.constantFrom(...EVIDENCE_SOURCES),
    status: fc.constantFrom(...EVIDENCE_STATUSES),
    criterionIds: fc.subarray([...ids, "retired-criterion"], { minLength: 0, maxLength: Math.min(4, ids.length + 1) }),
  });
  return fc.array(item, { maxLength: 20 }).map((items) =>
    items.map(({ offset, ...rest }, i) => ({ id: `e${i}`, date: daysBefore(assessmentDate, offset), ...rest })),
  );
}

/** Any valid scoring input: a framework, then evidence, ratings and claims that refer to it. */
export const scoringInputArb: fc.Arbitrary<ScoringInput> = fc.tuple(frameworkArb, assessmentDateArb).chain(([framework, assessmentDate]) => {
  const ids = criterionIds(framework);
  const id = ids.length > 0 ? fc.constantFrom(...ids) : null;
  const ratings: fc.Arbitrary<ScoringInput["ratings"]> = id === null ? fc.constant([]) : fc.array(
    fc.record({ criterionId: id, rating: fc.constantFrom(...RATINGS), observation: fc.option(fc.constantFrom("", "  ", "People felt heard"), { nil: undefined }) }),
    { maxLength: 12 },
  );
  const claims = fc.subarray(ids).chain((claimed) =>
    fc.tuple(...claimed.map((criterionId) => fc.constantFrom(...CLAIMS).map((claim) => ({ criterionId, claim })))),
  );
  return fc.record({
    mode: fc.constantFrom("verified" as const, "self" as const),
    assessmentDate: fc.constant(assessmentDate),
    framework: fc.constant(framework),
    evidence: evidenceArb(ids, assessmentDate),
    ratings,
    claims,
  });
});
