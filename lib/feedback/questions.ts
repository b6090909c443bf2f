// The easy-read feedback questions: one per Leeds I Statement, answered on a five-point scale
// with pictures and words, or "I don't know". Pure, so the public form, the results and the
// demo data all read the same wording.

export const FEEDBACK_STATEMENT_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type FeedbackStatementNumber = (typeof FEEDBACK_STATEMENT_NUMBERS)[number];

/** 1 = never … 5 = always. */
export type FeedbackRating = 1 | 2 | 3 | 4 | 5;
/** A stored answer: a rating, or null for "I don't know". */
export type FeedbackAnswerValue = FeedbackRating | null;

export type FeedbackQuestion = {
  statementNumber: FeedbackStatementNumber;
  /** Short, first-person, easy-read: something a person can say happens never … always. */
  question: string;
};

export type FeedbackScalePoint = { rating: FeedbackRating; word: string };

// Written from each statement's easy-read text in lib/standard/content/v1.ts, one idea each, so a
// single rating answers it.
export const FEEDBACK_QUESTIONS: readonly FeedbackQuestion[] = [
  { statementNumber: 1, question: "Staff treat me as a person, not just a diagnosis" },
  { statementNumber: 2, question: "Staff help my family and friends, and listen to them" },
  { statementNumber: 3, question: "Staff listen to me and respect who I am" },
  { statementNumber: 4, question: "Staff help me with all my problems, without judging me" },
  { statementNumber: 5, question: "I know the name of my worker and how to contact them" },
  { statementNumber: 6, question: "Staff ask me before they share my story, so I do not have to tell it again and again" },
];

export const FEEDBACK_SCALE: readonly FeedbackScalePoint[] = [
  { rating: 1, word: "Never" },
  { rating: 2, word: "Not often" },
  { rating: 3, word: "Sometimes" },
  { rating: 4, word: "Mostly" },
  { rating: 5, word: "Always" },
];

export const DONT_KNOW_WORD = "I don't know";

export function isFeedbackStatementNumber(value: number): value is FeedbackStatementNumber {
  return (FEEDBACK_STATEMENT_NUMBERS as readonly number[]).includes(value);
}

export function isFeedbackRating(value: number): value is FeedbackRating {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export function feedbackQuestion(statementNumber: FeedbackStatementNumber): FeedbackQuestion {
  const found = FEEDBACK_QUESTIONS.find((q) => q.statementNumber === statementNumber);
  if (!found) throw new Error(`No feedback question for statement ${statementNumber}`);
  return found;
}

/** The word shown for a stored answer: "Mostly", or "I don't know" for null. */
export function feedbackAnswerWord(value: FeedbackAnswerValue): string {
  if (value === null) return DONT_KNOW_WORD;
  const point = FEEDBACK_SCALE.find((p) => p.rating === value);
  if (!point) throw new Error(`No word for rating ${value}`);
  return point.word;
}
