// Counting a round's answers, and when they may be shown. Pure, so the results page, the
// evidence item and the tests all count the same way.
import { FEEDBACK_QUESTIONS, FEEDBACK_SCALE, isFeedbackRating, type FeedbackRating, type FeedbackStatementNumber } from "@/lib/feedback/questions";
import type { FeedbackRoundStatus } from "@/generated/prisma/enums";

/**
 * Fewer answers than this are never shown, as numbers or comments: with a handful of people,
 * staff could work out who said what.
 */
export const RESULTS_THRESHOLD = 10;

export const TOO_FEW_MESSAGE = `Fewer than ${RESULTS_THRESHOLD} people answered, so we cannot show the results without risking someone being recognised.`;

export type AnswerRow = { statementNumber: number; rating: number | null };

export type StatementTally = {
  statementNumber: FeedbackStatementNumber;
  question: string;
  /** How many chose each point of the scale, Never (1) to Always (5). */
  counts: Record<FeedbackRating, number>;
  dontKnow: number;
  /** People who left this question out altogether. */
  noAnswer: number;
  /** People who chose a point of the scale (not "I don't know"). */
  rated: number;
  /** Mostly or Always. */
  positive: number;
};

export function hasEnoughAnswers(responses: number): boolean {
  return responses >= RESULTS_THRESHOLD;
}

/** Results are shown only for a closed round with enough answers. */
export function resultsVisible(round: { status: FeedbackRoundStatus; responses: number }): boolean {
  return round.status === "CLOSED" && hasEnoughAnswers(round.responses);
}

/** How many answers a round has, as the organisation may see it. */
export function answersCountText(responses: number): string {
  return hasEnoughAnswers(responses) ? String(responses) : `Fewer than ${RESULTS_THRESHOLD}`;
}

/** Whole-number percentage; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 100) / whole);
}

/** Each statement's answers counted, in statement order. Rows that are not a real answer are ignored. */
export function tallyAnswers(answers: readonly AnswerRow[], responses: number): StatementTally[] {
  return FEEDBACK_QUESTIONS.map(({ statementNumber, question }) => {
    const counts: Record<FeedbackRating, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    let dontKnow = 0;
    for (const answer of answers) {
      if (answer.statementNumber !== statementNumber) continue;
      if (answer.rating === null) dontKnow += 1;
      else if (isFeedbackRating(answer.rating)) counts[answer.rating] += 1;
    }
    const rated = FEEDBACK_SCALE.reduce((sum, point) => sum + counts[point.rating], 0);
    return { statementNumber, question, counts, dontKnow, noAnswer: Math.max(0, responses - rated - dontKnow), rated, positive: counts[4] + counts[5] };
  });
}
