import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";

export type AwardMail = { subject: string; text: string };

type Tx = Pick<Prisma.TransactionClient, "user" | "outboxEmail">;

/**
 * Queues the email to every administrator of the organisation in the caller's transaction, so
 * nobody is told about a decision that was then rolled back.
 */
export async function emailOrganisationAdmins(tx: Tx, organisationId: string, mail: AwardMail): Promise<void> {
  const admins = await tx.user.findMany({ where: { memberships: { some: { organisationId, role: "ORG_ADMIN" } } }, select: { email: true }, orderBy: { email: "asc" } });
  for (const admin of admins) await queueMail(tx, { to: admin.email, ...mail });
}

/** Tells the scheme team, in the caller's transaction, that something waits for them. */
export async function emailSchemeAdmins(tx: Tx, mail: AwardMail): Promise<void> {
  const admins = await tx.user.findMany({ where: { memberships: { some: { role: "SCHEME_ADMIN" } } }, select: { email: true }, orderBy: { email: "asc" } });
  for (const admin of admins) await queueMail(tx, { to: admin.email, ...mail });
}

/** The line every email to an organisation ends with: where to read the award in full. */
export function awardPageLine(organisationSlug: string): string {
  const link = new URL(`/organisations/${encodeURIComponent(organisationSlug)}/award`, getEnv().NEXTAUTH_URL).toString();
  return `You can read the award, what it rests on and its conditions here: ${link}`;
}
