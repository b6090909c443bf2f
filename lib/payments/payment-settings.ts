import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { LimitMode, PaymentMethod } from "@/generated/prisma/enums";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAssessor, invalid } from "@/lib/payments/access";
import { loadPermittedWorkHistory } from "@/lib/payments/load";
import { figuresInForce, type PermittedWorkFigures } from "@/lib/payments/limits";
import { settingsSchema } from "@/lib/payments/schemas";

export type PaymentSettings = {
  preferredPayment: PaymentMethod | null;
  preferredCharity: string;
  limitMode: LimitMode;
  ownWeeklyMinutes: number | null;
  ownWeeklyEarningsPence: number | null;
  /** The permitted-work figures in force today, to show what that choice means. */
  permittedWork: PermittedWorkFigures | null;
};

/** The signed-in assessor's own payment choices. */
export async function getPaymentSettings(actor: Actor, options: { today?: IsoDate } = {}): Promise<PaymentSettings> {
  assertAssessor(actor);
  const [profile, history] = await Promise.all([
    db().assessorProfile.findUnique({
      where: { userId: actor.userId },
      select: { preferredPayment: true, preferredCharity: true, limitMode: true, ownWeeklyMinutes: true, ownWeeklyEarningsPence: true },
    }),
    loadPermittedWorkHistory(db()),
  ]);
  return {
    preferredPayment: profile?.preferredPayment ?? null,
    preferredCharity: profile?.preferredCharity ?? "",
    limitMode: profile?.limitMode ?? "NONE",
    ownWeeklyMinutes: profile?.ownWeeklyMinutes ?? null,
    ownWeeklyEarningsPence: profile?.ownWeeklyEarningsPence ?? null,
    permittedWork: figuresInForce(history, options.today ?? todayInLondon()),
  };
}

/**
 * Saves how the assessor likes to be paid and which limits to watch. Always their own profile:
 * nothing in the input names a person. The audit entry records that they changed it, not what
 * they chose: which limits someone watches says something about their benefits.
 */
export async function updatePaymentSettings(actor: Actor, input: unknown): Promise<void> {
  assertAssessor(actor);
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const data = parsed.data;
  await db().$transaction(async (tx) => {
    await tx.assessorProfile.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, ...data }, update: data });
    await recordAudit(tx, { actorUserId: actor.userId, organisationId: null, action: "payment.settings.changed", entityType: "AssessorProfile", entityId: actor.userId });
  });
}
