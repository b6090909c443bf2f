/** A problem with how the input's lists refer to one another, with the path zod would report. */
export type ReferenceProblem = { message: string; path: (string | number)[] };

/** Just the fields the cross-reference rules read, so both validators can share them. */
type ReferenceShape = {
  framework: { statements: ReadonlyArray<{ number: number; criteria: ReadonlyArray<{ id: string; code: string }> }> };
  evidence: ReadonlyArray<{ id: string }>;
  ratings: ReadonlyArray<{ criterionId: string }>;
  claims: ReadonlyArray<{ criterionId: string }>;
};

/**
 * The rules that span lists: statement numbers, criterion ids and evidence ids are unique, and
 * criterion codes are unique within their statement (as the database requires); ratings and
 * claims name criteria in this framework; each criterion is claimed once.
 *
 * Evidence links are not checked: an organisation's evidence library outlives framework versions,
 * so a link to a retired criterion is normal and simply ignored. Ratings and claims, by contrast,
 * are made against one framework, so an unknown criterion there means versions were mixed up.
 * Several ratings per criterion are fine: each assessor on the visit may rate it.
 */
export function referenceProblems(input: ReferenceShape): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const numbers = new Set<number>();
  // Criterion id → whether it has been claimed yet; one map serves both checks that need it.
  const criterionIds = new Map<string, boolean>();
  const statements = input.framework.statements;
  for (let s = 0; s < statements.length; s++) {
    const statement = statements[s]!;
    if (numbers.has(statement.number)) {
      problems.push({ message: `Statement ${statement.number} appears more than once`, path: ["framework", "statements", s, "number"] });
    }
    numbers.add(statement.number);
    const codes = new Set<string>();
    for (let c = 0; c < statement.criteria.length; c++) {
      const { id, code } = statement.criteria[c]!;
      if (criterionIds.has(id)) {
        problems.push({ message: `Criterion id "${id}" appears more than once`, path: ["framework", "statements", s, "criteria", c, "id"] });
      }
      if (codes.has(code)) {
        problems.push({ message: `Criterion code "${code}" appears more than once in statement ${statement.number}`, path: ["framework", "statements", s, "criteria", c, "code"] });
      }
      criterionIds.set(id, false);
      codes.add(code);
    }
  }

  const evidenceIds = new Set<string>();
  for (let e = 0; e < input.evidence.length; e++) {
    const id = input.evidence[e]!.id;
    if (evidenceIds.has(id)) problems.push({ message: `Evidence id "${id}" appears more than once`, path: ["evidence", e, "id"] });
    evidenceIds.add(id);
  }

  for (let r = 0; r < input.ratings.length; r++) {
    const criterionId = input.ratings[r]!.criterionId;
    if (!criterionIds.has(criterionId)) {
      problems.push({ message: `Rating refers to unknown criterion "${criterionId}"`, path: ["ratings", r, "criterionId"] });
    }
  }

  for (let c = 0; c < input.claims.length; c++) {
    const criterionId = input.claims[c]!.criterionId;
    const claimed = criterionIds.get(criterionId);
    if (claimed === undefined) {
      problems.push({ message: `Claim refers to unknown criterion "${criterionId}"`, path: ["claims", c, "criterionId"] });
    } else if (claimed) {
      problems.push({ message: `Criterion "${criterionId}" is claimed more than once`, path: ["claims", c, "criterionId"] });
    } else {
      criterionIds.set(criterionId, true);
    }
  }
  return problems;
}
