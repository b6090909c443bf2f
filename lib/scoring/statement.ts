import type { ScoringContext } from "./context";
import { assessCriterion } from "./criterion";
import type { AchievedLevel, Level, StatementInput } from "./schemas";
import { LEVELS } from "./schemas";
import { statementSummary } from "./summary";
import type { CriterionResult, NextLevel, StatementResult } from "./types";

/**
 * The highest level L for which every criterion at levels 1..L is met.
 *
 * A level with no criteria cannot be achieved, and so blocks every level above it: awarding it
 * would certify something nobody checked, and an empty level in a published framework is a
 * mistake the scheme should see rather than one that quietly raises organisations' levels.
 */
export function achievedLevel(criteria: readonly CriterionResult[]): AchievedLevel {
  let achieved: AchievedLevel = 0;
  for (const level of LEVELS) {
    let total = 0;
    let met = 0;
    for (const criterion of criteria) {
      if (criterion.level !== level) continue;
      total += 1;
      if (criterion.met) met += 1;
    }
    if (total === 0 || met < total) break;
    achieved = level;
  }
  return achieved;
}

/**
 * What stands between a statement and the level above its current one. Lower levels are included
 * in the search on purpose: reaching a level means still meeting everything beneath it.
 */
export function nextLevelFor(criteria: readonly CriterionResult[], current: AchievedLevel): NextLevel | null {
  if (current === 3) return null;
  const target = (current + 1) as Level;
  const missing = criteria
    .filter((criterion) => !criterion.met && criterion.level <= target)
    .map(({ criterionId, code, level, reasons }) => ({ criterionId, code, level, reasons }));
  const levelsWithoutCriteria = LEVELS.filter(
    (level) => level <= target && !criteria.some((criterion) => criterion.level === level),
  );
  return { level: target, missing, levelsWithoutCriteria };
}

/** Scores one I Statement: every criterion, the level achieved, what the next level needs, and a summary. */
export function assessStatement(statement: StatementInput, context: ScoringContext): StatementResult {
  const criteria = statement.criteria.map((criterion) => assessCriterion(criterion, context));
  const level = achievedLevel(criteria);
  const nextLevel = nextLevelFor(criteria, level);
  return {
    number: statement.number,
    title: statement.title ?? null,
    level,
    summary: statementSummary({ number: statement.number, level, nextLevel, mode: context.mode }),
    criteria,
    nextLevel,
  };
}
