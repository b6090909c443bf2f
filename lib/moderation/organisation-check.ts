import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { organisationWhere } from "@/lib/access/scope";
import { AppError, notFound } from "@/lib/errors";
import { dbDateToIso, formatIsoDate, type IsoDate } from "@/lib/dates";
import { checkIsOver } from "@/lib/moderation/stages";

export type OpenCheck = {
  visitId: string;
  organisationId: string;
  organisationName: string;
  dueOn: IsoDate;
  points: { id: string }[];
  sentById: string | null;
};

/**
 * For the organisation's writes to its factual-accuracy check: its admin (the same people who may
 * ask for an assessment), the visit locked for the rest of the transaction, and the check still
 * open (not replied to, and its last day not passed). Anyone else is told the organisation does
 * not exist.
 */
export async function lockOpenCheck(actor: Actor, slug: string, tx: Prisma.TransactionClient, today: IsoDate): Promise<OpenCheck> {
  const organisation = await tx.organisation.findFirst({ where: { AND: [{ slug: String(slug) }, organisationWhere(actor, "assessment:request")] }, select: { id: true, name: true } });
  if (!organisation) throw notFound("organisation");
  // One open request per organisation, so at most one report is ever out for checking.
  const candidate = await tx.visit.findFirst({ where: { organisationId: organisation.id, status: "REPORT_SUBMITTED", accuracyCheck: { isNot: null } }, select: { id: true } });
  if (!candidate) throw new AppError("CONFLICT", "There is no report waiting for you to check.");
  await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${candidate.id} FOR UPDATE`;
  const visit = await tx.visit.findUniqueOrThrow({
    where: { id: candidate.id },
    select: { status: true, accuracyCheck: { select: { dueOn: true, respondedAt: true, sentById: true, points: { select: { id: true } } } } },
  });
  const check = visit.accuracyCheck;
  if (visit.status !== "REPORT_SUBMITTED" || !check) throw new AppError("CONFLICT", "There is no report waiting for you to check.");
  const dueOn = dbDateToIso(check.dueOn);
  if (check.respondedAt) throw new AppError("CONFLICT", "You have already sent your response about this report, so it can no longer be changed.");
  if (checkIsOver({ dueOn, responded: false }, today)) throw new AppError("CONFLICT", `The time to check this report ended on ${formatIsoDate(dueOn)}, so it can no longer be changed.`);
  return { visitId: candidate.id, organisationId: organisation.id, organisationName: organisation.name, dueOn, points: check.points, sentById: check.sentById };
}
