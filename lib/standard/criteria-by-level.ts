type WithLevel = { level: number };

/** A statement's criteria grouped by level 1–3 (empty levels included, so gaps are visible). */
export function criteriaByLevel<C extends WithLevel>(statement: { criteria: readonly C[] }): Array<{ level: 1 | 2 | 3; criteria: C[] }> {
  return ([1, 2, 3] as const).map((level) => ({ level, criteria: statement.criteria.filter((c) => c.level === level) }));
}
