import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/access/actor";
import { dbDateToIso, isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPaymentsAdmin, invalid } from "@/lib/payments/access";
import { limitSchema } from "@/lib/payments/schemas";

export type PermittedWorkRow = { id: string; effectiveFrom: IsoDate; weeklyMinutes: number; weeklyEarningsPence: number; note: string; inForce: boolean; setBy: string | null };

/** Every set of permitted-work figures, newest first, marking the one in force today. */
export async function listPermittedWorkFigures(actor: Actor, options: { today?: IsoDate } = {}): Promise<PermittedWorkRow[]> {
  assertPaymentsAdmin(actor);
  const today = options.today ?? todayInLondon();
  const rows = await db().permittedWorkLimit.findMany({ orderBy: { effectiveFrom: "desc" } });
  const setters = await db().user.findMany({ where: { id: { in: rows.flatMap((r) => (r.setById ? [r.setById] : [])) } }, select: { id: true, name: true } });
  const names = new Map(setters.map((u) => [u.id, u.name]));
  const current = rows.find((r) => dbDateToIso(r.effectiveFrom) <= today);
  return rows.map((r) => ({
    id: r.id,
    effectiveFrom: dbDateToIso(r.effectiveFrom),
    weeklyMinutes: r.weeklyMinutes,
    weeklyEarningsPence: r.weeklyEarningsPence,
    note: r.note,
    inForce: r.id === current?.id,
    setBy: r.setById ? (names.get(r.setById) ?? null) : null,
  }));
}

/**
 * Adds permitted-work figures in force from a date, as the government changes them. Figures for a
 * date that already has some replace them (to correct a slip); the audit history keeps both.
 * Returns whether figures were replaced.
 */
export async function addPermittedWorkFigures(actor: Actor, input: unknown): Promise<{ replaced: boolean }> {
  assertPaymentsAdmin(actor);
  const parsed = limitSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const v = parsed.data;
  const effectiveFrom = isoDateToDb(v.effectiveFrom);
  const figures = { weeklyMinutes: v.weeklyMinutes, weeklyEarningsPence: v.weeklyEarningsPence };
  const save = db().$transaction(async (tx) => {
    // Locks the date's row if there is one; the unique date settles two admins adding at once.
    const existing = await tx.$queryRaw<{ id: string; weeklyMinutes: number; weeklyEarningsPence: number }[]>`
      SELECT id, "weeklyMinutes", "weeklyEarningsPence" FROM "PermittedWorkLimit" WHERE "effectiveFrom" = ${effectiveFrom} FOR UPDATE`;
    const before = existing[0];
    const saved = await tx.permittedWorkLimit.upsert({
      where: { effectiveFrom },
      create: { effectiveFrom, ...figures, note: v.note, setById: actor.userId },
      update: { ...figures, note: v.note, setById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: before ? "payment.limits.replaced" : "payment.limits.added",
      entityType: "PermittedWorkLimit",
      entityId: saved.id,
      ...(before ? { before: { effectiveFrom: v.effectiveFrom, weeklyMinutes: before.weeklyMinutes, weeklyEarningsPence: before.weeklyEarningsPence } } : {}),
      after: { effectiveFrom: v.effectiveFrom, ...figures },
    });
    return { replaced: before !== undefined };
  });
  return save.catch((error: unknown) => {
    // Two admins adding the same new date at once: the unique date lets one in.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Someone else has just saved figures from that date. Check the list below, then try again if they need changing.");
    }
    throw error;
  });
}
