import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { assertSchemeAdmin, invalid, lockAward } from "@/lib/awards/access";
import { awardPageLine, emailOrganisationAdmins } from "@/lib/awards/award-emails";
import { reductionProblem } from "@/lib/awards/rules";
import { conditionOutcomeSchema } from "@/lib/awards/schemas";

/**
 * Records whether an open condition was met. Met confirms the award as it is. Missed lowers it to
 * the level the scheme admin chooses below the current one, or revokes it at 0, with a note of
 * what was found. The organisation's administrators are emailed.
 */
export async function resolveCondition(actor: Actor, awardId: string, conditionId: string, input: unknown, options: { today?: IsoDate } = {}): Promise<void> {
  assertSchemeAdmin(actor);
  const today = options.today ?? todayInLondon();
  await db().$transaction(async (tx) => {
    const award = await lockAward(tx, awardId, today);
    const condition = await tx.awardCondition.findFirst({ where: { id: String(conditionId), awardId: award.id }, select: { id: true, status: true, description: true } });
    if (!condition) throw notFound("condition");
    if (condition.status !== "OPEN") throw new AppError("CONFLICT", "This condition has already been decided. Nothing has been changed.");
    if (award.status !== "ACTIVE" && award.status !== "SUSPENDED") throw new AppError("CONFLICT", "This award is no longer in force, so its conditions cannot change it.");
    const parsed = conditionOutcomeSchema(award.level).safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);
    const { outcome, note, newLevel } = parsed.data;
    // The schema checked this against the level the form showed; the locked row is the truth.
    if (newLevel !== null) {
      const problem = reductionProblem(award.level, newLevel);
      if (problem) throw new AppError("INVALID", "Check what you entered.", { newLevel: [problem] });
    }

    const now = new Date();
    await tx.awardCondition.update({ where: { id: condition.id }, data: { status: outcome, outcomeNote: note, resolvedAt: now, resolvedById: actor.userId } });
    const revoked = newLevel === 0;
    if (newLevel !== null) {
      await tx.award.update({
        where: { id: award.id },
        data: revoked ? { level: 0, status: "REVOKED", statusReason: note, statusChangedAt: now, statusChangedById: actor.userId } : { level: newLevel },
      });
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: award.organisationId,
      action: outcome === "MET" ? "award.condition.met" : "award.condition.missed",
      entityType: "Award",
      entityId: award.id,
      before: { conditionId: condition.id, conditionStatus: "OPEN", level: award.level, status: award.status },
      after: { conditionId: condition.id, conditionStatus: outcome, level: newLevel ?? award.level, status: revoked ? "REVOKED" : award.status },
    });
    const result =
      outcome === "MET"
        ? `The scheme team has confirmed that this condition was met, so the level ${award.level} award is confirmed.`
        : revoked
          ? "The scheme team found that this condition was not met, and has revoked the award."
          : `The scheme team found that this condition was not met, so the award changes from level ${award.level} to level ${newLevel}.`;
    await emailOrganisationAdmins(tx, award.organisationId, {
      subject: outcome === "MET" ? `A condition of the award for ${award.organisationName} has been met` : `A condition of the award for ${award.organisationName} was not met`,
      text: `The condition:\n${condition.description}\n\n${result}${note ? `\n\nWhat they found:\n${note}` : ""}\n\n${awardPageLine(award.organisationSlug)}`,
    });
  });
}
