import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { feedbackOrganisation, findRound } from "@/lib/feedback/rounds/access";
import { orderComments, type StatementComments } from "@/lib/feedback/rounds/comment-order";
import { resultsVisible, tallyAnswers, type StatementTally } from "@/lib/feedback/rounds/distribution";

export type FeedbackResults =
  | { visible: false; reason: "NOT_CLOSED" | "TOO_FEW" }
  | { visible: true; responses: number; carers: number; tallies: StatementTally[]; comments: StatementComments[] };

/**
 * A round's results for the organisation's admins and members: only once it has closed with at
 * least 10 answers, and then never a raw comment (only the redacted ones, in an order unrelated
 * to when they came in). Below the threshold nothing is returned, not even how many answered.
 */
export async function getFeedbackResults(actor: Actor, slug: string, roundId: string): Promise<FeedbackResults> {
  const organisation = await feedbackOrganisation(actor, slug, "feedback:view");
  const round = await findRound(organisation.id, roundId);
  if (round.status !== "CLOSED") return { visible: false, reason: "NOT_CLOSED" };
  const responses = await db().feedbackResponse.count({ where: { roundId: round.id } });
  if (!resultsVisible({ status: round.status, responses })) return { visible: false, reason: "TOO_FEW" };

  const [carers, answers] = await Promise.all([
    db().feedbackResponse.count({ where: { roundId: round.id, isCarer: true } }),
    // The raw comment column is never read here.
    db().feedbackAnswer.findMany({ where: { response: { roundId: round.id } }, select: { responseId: true, statementNumber: true, rating: true, redactedComment: true } }),
  ]);
  const comments = orderComments(
    round.id,
    answers.map((a) => ({ responseId: a.responseId, statementNumber: a.statementNumber, text: a.redactedComment })),
  );
  return { visible: true, responses, carers, tallies: tallyAnswers(answers, responses), comments };
}
