import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { formatIsoDate, todayInLondon, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin, invalid, lockAward } from "@/lib/awards/access";
import { awardPageLine, emailOrganisationAdmins } from "@/lib/awards/award-emails";
import { statusChangeOutcome, type StatusChange } from "@/lib/awards/rules";
import { statusChangeSchema } from "@/lib/awards/schemas";

const AUDIT_ACTION: Record<StatusChange, string> = { suspend: "award.suspended", reinstate: "award.reinstated", revoke: "award.revoked" };

function emailFor(change: StatusChange, organisationName: string, level: number, expiresOn: IsoDate, reason: string): { subject: string; text: string } {
  const why = `The reason:\n${reason}`;
  if (change === "suspend") {
    return {
      subject: `The award for ${organisationName} has been suspended`,
      text: `The scheme team has suspended the level ${level} award for ${organisationName}. While it is suspended, anyone who checks the certificate is told it is suspended.\n\n${why}\n\nThe scheme team will tell you what is needed for it to be reinstated.`,
    };
  }
  if (change === "reinstate") {
    return {
      subject: `The award for ${organisationName} has been reinstated`,
      text: `The scheme team has reinstated the level ${level} award for ${organisationName}. It is current again until ${formatIsoDate(expiresOn)}.\n\n${why}`,
    };
  }
  return {
    subject: `The award for ${organisationName} has been revoked`,
    text: `The scheme team has revoked the level ${level} award for ${organisationName}. Anyone who checks the certificate is now told it was revoked. Revoking is final; you can start a renewal and ask for a new assessment.\n\n${why}`,
  };
}

/**
 * The first of the two steps: whether this change can be made to the award now, and the reason
 * as it will be recorded. Changes nothing; changeAwardStatus checks everything again.
 */
export async function checkStatusChange(actor: Actor, awardId: string, change: StatusChange, input: unknown, options: { today?: IsoDate } = {}): Promise<{ reason: string }> {
  assertSchemeAdmin(actor);
  const today = options.today ?? todayInLondon();
  return db().$transaction(async (tx) => {
    const award = await lockAward(tx, awardId, today);
    const outcome = statusChangeOutcome(change, award.status, award.standing.standing);
    if ("refusal" in outcome) throw new AppError("CONFLICT", outcome.refusal);
    const parsed = statusChangeSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);
    return { reason: parsed.data.reason };
  });
}

/**
 * Suspends, reinstates or revokes an award, with a reason, because it affects the public record
 * of the award. Revoking is final. The organisation's administrators are emailed.
 */
export async function changeAwardStatus(actor: Actor, awardId: string, change: StatusChange, input: unknown, options: { today?: IsoDate } = {}): Promise<void> {
  assertSchemeAdmin(actor);
  const today = options.today ?? todayInLondon();
  await db().$transaction(async (tx) => {
    const award = await lockAward(tx, awardId, today);
    const outcome = statusChangeOutcome(change, award.status, award.standing.standing);
    if ("refusal" in outcome) throw new AppError("CONFLICT", outcome.refusal);
    const parsed = statusChangeSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);

    await tx.award.update({
      where: { id: award.id },
      data: { status: outcome.to, statusReason: parsed.data.reason, statusChangedAt: new Date(), statusChangedById: actor.userId },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: award.organisationId,
      action: AUDIT_ACTION[change],
      entityType: "Award",
      entityId: award.id,
      before: { status: award.status, level: award.level },
      after: { status: outcome.to, level: award.level },
    });
    const mail = emailFor(change, award.organisationName, award.level, award.expiresOn, parsed.data.reason);
    await emailOrganisationAdmins(tx, award.organisationId, { subject: mail.subject, text: `${mail.text}\n\n${awardPageLine(award.organisationSlug)}` });
  });
}
