// What the public feedback form sends, checked with zod. Pure: the route handler and the tests
// share it. Field names are the HTML form's own (answer-1 … answer-6, comment-1 …, carer).
import { z } from "zod";
import { FEEDBACK_STATEMENT_NUMBERS, type FeedbackAnswerValue, type FeedbackRating, type FeedbackStatementNumber } from "./questions";

export const COMMENT_MAX_LENGTH = 1000;
/** A field no person sees or fills in; a bot filling every field fills this one too. */
export const HONEYPOT_FIELD = "website";
export const DONT_KNOW_VALUE = "dont-know";
export const CARER_VALUE = "yes";

export const answerField = (n: FeedbackStatementNumber) => `answer-${n}` as const;
export const commentField = (n: FeedbackStatementNumber) => `comment-${n}` as const;

export type FeedbackFormValues = {
  /** As sent: "1" … "5", "dont-know" or "" for no answer. */
  answers: Record<FeedbackStatementNumber, string>;
  /** As typed, so a form sent back with errors loses nothing. */
  comments: Record<FeedbackStatementNumber, string>;
  isCarer: boolean;
};

export type FeedbackFieldError = { statementNumber: FeedbackStatementNumber; field: "answer" | "comment"; message: string };

export type FeedbackSubmission = {
  isCarer: boolean;
  answers: { statementNumber: FeedbackStatementNumber; rating: FeedbackAnswerValue; comment: string }[];
};

export type ParsedFeedback =
  | { kind: "HONEYPOT" }
  | { kind: "VALID"; submission: FeedbackSubmission }
  | { kind: "INVALID"; values: FeedbackFormValues; errors: FeedbackFieldError[] };

const ANSWER_VALUES = ["1", "2", "3", "4", "5", DONT_KNOW_VALUE] as const;

/** Windows line ends count once, as the browser counts them; control characters (which Postgres refuses) go. */
export function cleanComment(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
}

function statementSchema(n: FeedbackStatementNumber) {
  return z.object({
    answer: z.enum(ANSWER_VALUES, { error: `Choose an answer for question ${n}. If you are not sure, choose "I don't know"` }),
    comment: z
      .string()
      .transform(cleanComment)
      .pipe(
        z.string().max(COMMENT_MAX_LENGTH, {
          error: (issue) => `What you wrote for question ${n} must be 1,000 characters or fewer. It has ${String(issue.input).length.toLocaleString("en-GB")} now`,
        }),
      ),
  });
}

const toRating = (answer: (typeof ANSWER_VALUES)[number]): FeedbackAnswerValue => (answer === DONT_KNOW_VALUE ? null : (Number(answer) as FeedbackRating));

/** Reads the sent form: a filled honeypot, a valid submission, or the errors with everything as typed. */
export function parseFeedbackForm(form: URLSearchParams): ParsedFeedback {
  if ((form.get(HONEYPOT_FIELD) ?? "").trim() !== "") return { kind: "HONEYPOT" };
  const values: FeedbackFormValues = {
    answers: { 1: "", 2: "", 3: "", 4: "", 5: "", 6: "" },
    comments: { 1: "", 2: "", 3: "", 4: "", 5: "", 6: "" },
    isCarer: form.get("carer") === CARER_VALUE,
  };
  const errors: FeedbackFieldError[] = [];
  const answers: FeedbackSubmission["answers"] = [];
  for (const n of FEEDBACK_STATEMENT_NUMBERS) {
    values.answers[n] = form.get(answerField(n)) ?? "";
    values.comments[n] = form.get(commentField(n)) ?? "";
    const parsed = statementSchema(n).safeParse({ answer: form.get(answerField(n)) ?? undefined, comment: values.comments[n] });
    if (parsed.success) {
      answers.push({ statementNumber: n, rating: toRating(parsed.data.answer), comment: parsed.data.comment });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === "comment" ? "comment" : "answer";
      if (!errors.some((e) => e.statementNumber === n && e.field === field)) errors.push({ statementNumber: n, field, message: issue.message });
    }
  }
  if (errors.length > 0) return { kind: "INVALID", values, errors };
  return { kind: "VALID", submission: { isCarer: values.isCarer, answers } };
}
