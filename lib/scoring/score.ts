import { buildContext } from "./context";
import { ScoringInputError } from "./errors";
import type { AchievedLevel, ScoringInput } from "./schemas";
import { CURRENT_RULES_VERSION, scoringInputSchema } from "./schemas";
import { assessStatement } from "./statement";
import { limitingStatementsOf, overallSummary } from "./summary";
import type { ScoringResult } from "./types";
import { isValidScoringInput } from "./validate";

export type SafeScoringResult =
  | { success: true; data: ScoringResult }
  | { success: false; error: ScoringInputError };

/**
 * Scores input that has already passed `scoringInputSchema`, skipping validation. For batch jobs
 * that validate once and score many times; anything else should call `scoreOrganisation`.
 * Invalid input here is not reported: it gives a meaningless result or a TypeError.
 */
export function scoreOrganisationUnchecked(input: ScoringInput): ScoringResult {
  const context = buildContext(input);
  // Sorted by number so the result reads 1 to 6 whatever order the caller stored them in.
  const statements = [...input.framework.statements]
    .sort((a, b) => a.number - b.number)
    .map((statement) => assessStatement(statement, context));
  // Weakest link: an organisation is only as good as its weakest I Statement.
  let overallLevel: AchievedLevel = 3;
  for (const statement of statements) if (statement.level < overallLevel) overallLevel = statement.level;
  const limitingStatements = limitingStatementsOf(statements, overallLevel);

  return {
    rulesVersion: CURRENT_RULES_VERSION,
    mode: input.mode,
    assessmentDate: input.assessmentDate,
    evidenceWindow: { from: context.window.from, to: context.window.to },
    overallLevel,
    limitingStatements,
    summary: overallSummary({ statements, overall: overallLevel, limiting: limitingStatements, mode: input.mode }),
    statements,
  };
}

/**
 * Scores an organisation against the I Statements, validating the input first. Valid input
 * takes a quick hand-written check; anything it doubts goes through zod (see validate.ts).
 *
 * @throws {ScoringInputError} when the input is invalid; its `issues` are zod's.
 */
export function scoreOrganisation(input: ScoringInput): ScoringResult {
  if (isValidScoringInput(input)) return scoreOrganisationUnchecked(input);
  const parsed = scoringInputSchema.safeParse(input);
  if (!parsed.success) throw new ScoringInputError(parsed.error);
  return scoreOrganisationUnchecked(parsed.data);
}

/**
 * Like `scoreOrganisation`, but returns the error instead of throwing. Accepts `unknown` because
 * it is the one to use on data that has not been typed yet, such as a JSON body.
 */
export function safeScoreOrganisation(input: unknown): SafeScoringResult {
  if (isValidScoringInput(input)) return { success: true, data: scoreOrganisationUnchecked(input) };
  const parsed = scoringInputSchema.safeParse(input);
  if (!parsed.success) return { success: false, error: new ScoringInputError(parsed.error) };
  return { success: true, data: scoreOrganisationUnchecked(parsed.data) };
}
