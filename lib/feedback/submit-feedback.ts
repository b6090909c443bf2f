import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { dbDateToIso, isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { roundPhase } from "@/lib/feedback/rounds/dates";
import { redact } from "@/lib/feedback/redact";
import type { FeedbackSubmission } from "@/lib/feedback/submit-schema";

export type SubmitOutcome = "SAVED" | "ALREADY_ANSWERED" | "ROUND_CLOSED";

type SubmitInput = { roundId: string; tokenHash: string; submission: FeedbackSubmission; today?: IsoDate };

/**
 * Saves one person's answers to a round, anonymously, in one transaction: the browser's token
 * hash is claimed first (its primary key makes a second answer from the same browser, even a
 * simultaneous one, claim nothing and save nothing), then the answers with the day only.
 *
 * Deliberately no audit entry: an audit row carries a time and would tie each answer to the
 * moment it was given. The round is held with FOR SHARE, so closing it waits for answers being
 * saved and no answer lands in a closed round.
 */
export async function submitFeedback({ roundId, tokenHash, submission, today = todayInLondon() }: SubmitInput): Promise<SubmitOutcome> {
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "FeedbackRound" WHERE id = ${roundId} FOR SHARE`;
    const round = await tx.feedbackRound.findUnique({
      where: { id: roundId },
      select: { status: true, startsOn: true, endsOn: true, organisation: { select: { name: true } } },
    });
    if (!round || roundPhase({ status: round.status, startsOn: dbDateToIso(round.startsOn), endsOn: dbDateToIso(round.endsOn) }, today) !== "TAKING_ANSWERS") {
      return "ROUND_CLOSED";
    }

    const claimed = await tx.feedbackBrowser.createMany({ data: [{ roundId, tokenHash }], skipDuplicates: true });
    if (claimed.count === 0) return "ALREADY_ANSWERED";

    const organisationName = round.organisation.name;
    await tx.feedbackResponse.create({
      data: {
        // Not the schema's default cuid(), which carries the time it was made to the millisecond.
        id: randomUUID(),
        roundId,
        submittedOn: isoDateToDb(today),
        isCarer: submission.isCarer,
        answers: {
          createMany: {
            data: submission.answers.map((answer) => ({
              statementNumber: answer.statementNumber,
              rating: answer.rating,
              comment: answer.comment,
              redactedComment: redact(answer.comment, { organisationName }),
            })),
          },
        },
      },
    });
    return "SAVED";
  });
}
