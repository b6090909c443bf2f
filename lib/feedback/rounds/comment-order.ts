// The order comments are shown in. Not the order they arrived: with the dates of a small round
// staff could otherwise match a comment to the person they saw write it. A hash of the round and
// the answer's key gives an order that looks random but stays the same on every visit. Pure.
import { createHash } from "node:crypto";
import { FEEDBACK_STATEMENT_NUMBERS, type FeedbackStatementNumber } from "@/lib/feedback/questions";

export type CommentRow = { responseId: string; statementNumber: number; text: string };
export type StatementComments = { statementNumber: FeedbackStatementNumber; comments: string[] };

const sortKey = (roundId: string, row: CommentRow) => createHash("sha256").update(`${roundId}\u0000${row.responseId}\u0000${row.statementNumber}`).digest("hex");

/** Non-empty comments grouped by statement (statements without comments left out), each group in its stable shuffled order. */
export function orderComments(roundId: string, rows: readonly CommentRow[]): StatementComments[] {
  return FEEDBACK_STATEMENT_NUMBERS.flatMap((statementNumber) => {
    const comments = rows
      .filter((row) => row.statementNumber === statementNumber && row.text.trim() !== "")
      .map((row) => ({ key: sortKey(roundId, row), text: row.text.trim() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((c) => c.text);
    return comments.length > 0 ? [{ statementNumber, comments }] : [];
  });
}
