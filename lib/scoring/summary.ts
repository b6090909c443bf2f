import { agree, listInEnglish, shortNeeds } from "./explain";
import type { AchievedLevel, ScoringMode } from "./schemas";
import type { NextLevel, StatementResult } from "./types";

/** The number of I Statements in the standard. */
export const STATEMENT_COUNT = 6;

/** "Statement 3 is at level 1", worded for the mode so a self-assessment never reads as an award. */
function levelPhrase(subject: string, level: AchievedLevel, mode: ScoringMode): string {
  const highest = level === 3 ? ", the highest level" : "";
  if (mode === "self") {
    return level === 0 ? `${subject} is self-assessed as not yet at level 1` : `${subject} is self-assessed at level ${level}${highest}`;
  }
  return level === 0 ? `${subject} is not yet at level 1` : `${subject} is at level ${level}${highest}`;
}

function criteriaCount(count: number): string {
  return `${count} ${agree(count, "criterion", "criteria")}`;
}

function statementsNamed(numbers: readonly number[]): string {
  return `${agree(numbers.length, "statement", "statements")} ${listInEnglish(numbers.map(String))}`;
}

function emptyLevelsSentence(nextLevel: NextLevel): string {
  const levels = nextLevel.levelsWithoutCriteria;
  if (levels.length === 0) return "";
  const named = `${agree(levels.length, "Level", "Levels")} ${listInEnglish(levels.map(String))}`;
  return ` ${named} ${agree(levels.length, "has", "have")} no criteria in this version of the standard, so level ${nextLevel.level} cannot be reached until the scheme adds some.`;
}

/** One paragraph on where a statement stands and what the next level needs. */
export function statementSummary(args: { number: number; level: AchievedLevel; nextLevel: NextLevel | null; mode: ScoringMode }): string {
  const { number, level, nextLevel, mode } = args;
  const opening = levelPhrase(`Statement ${number}`, level, mode);
  if (nextLevel === null) return `${opening}: every criterion is met.`;
  const missing = nextLevel.missing;
  const needs = missing.length === 0
    ? ""
    : ` To reach level ${nextLevel.level}, ${criteriaCount(missing.length)} still ${agree(missing.length, "needs", "need")} work: ${listInEnglish(missing.map((c) => `${c.code} (${shortNeeds(c.reasons)})`))}.`;
  return `${opening}.${needs}${emptyLevelsSentence(nextLevel)}`;
}

/** The statements holding the overall level down: those at it, unless it is already the top. */
export function limitingStatementsOf(statements: readonly StatementResult[], overall: AchievedLevel): number[] {
  if (overall === 3) return [];
  return statements.filter((statement) => statement.level === overall).map((statement) => statement.number);
}

/** One paragraph on the organisation as a whole: the weakest-link level, which statements set it, and the way up. */
export function overallSummary(args: {
  statements: readonly StatementResult[];
  overall: AchievedLevel;
  limiting: readonly number[];
  mode: ScoringMode;
}): string {
  const { statements, overall, limiting, mode } = args;
  const coverage = statements.length < STATEMENT_COUNT
    ? ` This version of the standard has ${statements.length} of the ${STATEMENT_COUNT} I Statements, so only those are counted.`
    : "";
  const opening = `Overall, ${levelPhrase("the organisation", overall, mode)}`;
  if (overall === 3) return `${opening}: every statement is at level 3.${coverage}`;

  const limitingResults = statements.filter((statement) => limiting.includes(statement.number));
  const where = overall === 0 ? "not yet at level 1" : `at level ${overall}`;
  const weakest = ` The overall level is that of the weakest statement, and ${statementsNamed(limiting)} ${agree(limiting.length, "is", "are")} ${where}.`;
  const missingCount = limitingResults.reduce((sum, statement) => sum + (statement.nextLevel?.missing.length ?? 0), 0);
  const target = overall + 1;
  const wayUp = missingCount > 0
    ? ` To reach level ${target} overall, ${criteriaCount(missingCount)} in ${statementsNamed(limiting)} still ${agree(missingCount, "needs", "need")} work.`
    : "";
  const blocked = limitingResults.filter((statement) => (statement.nextLevel?.levelsWithoutCriteria.length ?? 0) > 0).map((s) => s.number);
  const blockedSentence = blocked.length > 0
    ? ` Level ${target} cannot be reached in ${statementsNamed(blocked)} because the standard has no criteria there yet.`
    : "";
  return `${opening}.${weakest}${wayUp}${blockedSentence}${coverage}`;
}
