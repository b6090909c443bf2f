import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { queueMail } from "@/lib/mail/queue-mail";

type Assignment = { organisationName: string; visitDate: IsoDate; leadUserId: string; coAssessorUserId: string };

/**
 * Tells both assessors about their visit: calm and plain, with who they go with and where to
 * look. Queued in the assignment's transaction, so the emails go if and only if the visit is
 * saved; delivery happens in the background and never undoes an assignment.
 */
export async function queueVisitEmails(tx: Prisma.TransactionClient, assignment: Assignment): Promise<void> {
  const users = await tx.user.findMany({ where: { id: { in: [assignment.leadUserId, assignment.coAssessorUserId] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  const lead = byId.get(assignment.leadUserId);
  const co = byId.get(assignment.coAssessorUserId);
  if (!lead || !co) return;
  const date = formatIsoDate(assignment.visitDate);
  const link = new URL("/assessor", getEnv().NEXTAUTH_URL).toString();
  const closing = [
    `You can see your visits here: ${link}`,
    "",
    "If the date does not suit you, or anything changes for you, just reply to the scheme team. That is fine, and nobody will mind.",
    "",
    "Thank you,",
    "The Coproduction Quality Mark team",
  ];
  await queueMail(tx, {
    to: lead.email,
    subject: `You are the lead assessor for ${assignment.organisationName} on ${date}`,
    text: [`Hello ${lead.name},`, "", `We have asked you to be the lead assessor for a visit to ${assignment.organisationName} on ${date}.`, `${co.name} will be your co-assessor.`, "", ...closing].join("\n"),
  });
  await queueMail(tx, {
    to: co.email,
    subject: `You are the co-assessor for ${assignment.organisationName} on ${date}`,
    text: [`Hello ${co.name},`, "", `We have asked you to be the co-assessor for a visit to ${assignment.organisationName} on ${date}.`, `${lead.name} will be the lead assessor.`, "", ...closing].join("\n"),
  });
}
