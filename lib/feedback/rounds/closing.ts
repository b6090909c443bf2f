// Closing a feedback round, shared by the organisation's "Close the round now", the pages that
// notice a round past its end date, and the daily background job. Not marked server-only: the job
// runner starts from instrumentation.ts, outside React Server Components, so this module writes
// its audit and evidence history rows itself rather than through the server-only helpers.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { dbDateToIso, isoDateToDb, type IsoDate } from "@/lib/dates";
import { createdChanges, snapshotOf } from "@/lib/evidence/history-changes";
import { closeDateAtEnd } from "@/lib/feedback/rounds/dates";
import { hasEnoughAnswers, tallyAnswers } from "@/lib/feedback/rounds/distribution";
import { EVIDENCE_DESCRIPTION, evidenceBody, evidenceTitle } from "@/lib/feedback/rounds/evidence-text";

type Tx = Prisma.TransactionClient;

export type CloseReason = "CLOSED_BY_ADMIN" | "END_DATE_PASSED";
export type CloseOutcome = { closed: boolean; evidenceItemId: string | null };

type CloseOptions = { closedOn: IsoDate; actorUserId: string | null; reason: CloseReason };

/**
 * Closes one OPEN round inside the caller's transaction. The round's row is locked first, so of
 * two closes at once (an admin and the job, or two job instances) one does the work and the other
 * finds the round already closed and changes nothing. With enough answers the results become one
 * lived-experience evidence item in the organisation's library, dated the day the round closed.
 */
export async function closeRoundInTransaction(tx: Tx, roundId: string, options: CloseOptions): Promise<CloseOutcome> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "FeedbackRound" WHERE id = ${roundId} AND status = 'OPEN' FOR UPDATE`;
  if (locked.length === 0) return { closed: false, evidenceItemId: null };
  const round = await tx.feedbackRound.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, organisationId: true, startsOn: true, endsOn: true, services: true } });
  const responses = await tx.feedbackResponse.count({ where: { roundId } });

  let evidenceItemId: string | null = null;
  if (hasEnoughAnswers(responses)) {
    const carers = await tx.feedbackResponse.count({ where: { roundId, isCarer: true } });
    const answers = await tx.feedbackAnswer.findMany({ where: { response: { roundId } }, select: { statementNumber: true, rating: true } });
    evidenceItemId = await createEvidence(tx, { ...options, organisationId: round.organisationId }, {
      startsOn: dbDateToIso(round.startsOn),
      endsOn: dbDateToIso(round.endsOn),
      services: round.services,
      responses,
      carers,
      tallies: tallyAnswers(answers, responses),
    });
  }

  await tx.feedbackRound.update({ where: { id: roundId }, data: { status: "CLOSED", closedAt: new Date(), evidenceItemId } });
  await tx.auditEvent.create({
    data: {
      actorUserId: options.actorUserId,
      organisationId: round.organisationId,
      action: "feedback_round.closed",
      entityType: "FeedbackRound",
      entityId: round.id,
      before: { status: "OPEN" },
      // No count below the threshold: the audit history is read by people the anonymity protects against.
      after: { status: "CLOSED", reason: options.reason, closedOn: options.closedOn, evidenceItemId, enoughAnswers: evidenceItemId !== null },
    },
  });
  return { closed: true, evidenceItemId };
}

async function createEvidence(tx: Tx, options: CloseOptions & { organisationId: string }, summary: Parameters<typeof evidenceBody>[0]): Promise<string> {
  const fields = {
    kind: "ACCOUNT" as const,
    title: evidenceTitle(summary),
    description: EVIDENCE_DESCRIPTION,
    evidenceDate: isoDateToDb(options.closedOn),
    type: "SERVICE_USER_FEEDBACK" as const,
    source: "PEOPLE_WHO_USE_SERVICE" as const,
    consentGiven: false,
    consentNote: null,
    url: null,
    body: evidenceBody(summary),
  };
  const item = await tx.evidenceItem.create({
    data: { ...fields, organisationId: options.organisationId, createdById: options.actorUserId, updatedById: options.actorUserId },
    select: { id: true },
  });
  await tx.evidenceHistory.create({
    data: { evidenceId: item.id, organisationId: options.organisationId, actorId: options.actorUserId, change: "CREATED", changes: createdChanges(snapshotOf({ ...fields, file: null })) },
  });
  return item.id;
}

/**
 * Closes every OPEN round whose end date has passed (optionally of one organisation), each in its
 * own transaction, dated the day after its end date. Safe to run on several instances at once and
 * to run again: a round is closed once. Returns how many rounds this call closed.
 */
export async function closeOverdueRounds(prisma: PrismaClient, options: { today: IsoDate; organisationId?: string }): Promise<number> {
  const overdue = await prisma.feedbackRound.findMany({
    where: { status: "OPEN", endsOn: { lt: isoDateToDb(options.today) }, ...(options.organisationId === undefined ? {} : { organisationId: options.organisationId }) },
    select: { id: true, endsOn: true },
    orderBy: { endsOn: "asc" },
  });
  let closed = 0;
  for (const round of overdue) {
    const outcome = await prisma.$transaction((tx) =>
      closeRoundInTransaction(tx, round.id, { closedOn: closeDateAtEnd(dbDateToIso(round.endsOn)), actorUserId: null, reason: "END_DATE_PASSED" }),
    );
    if (outcome.closed) closed += 1;
  }
  return closed;
}
