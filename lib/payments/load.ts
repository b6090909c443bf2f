import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { dbDateToIso } from "@/lib/dates";
import type { LimitSettings, PermittedWorkFigures } from "@/lib/payments/limits";
import type { PaymentFacts } from "@/lib/payments/totals";

type Reader = Pick<Prisma.TransactionClient, "permittedWorkLimit" | "assessorProfile">;

/** Every set of permitted-work figures, oldest first (few rows: one a year at most). */
export async function loadPermittedWorkHistory(reader: Reader): Promise<PermittedWorkFigures[]> {
  const rows = await reader.permittedWorkLimit.findMany({ orderBy: { effectiveFrom: "asc" }, select: { effectiveFrom: true, weeklyMinutes: true, weeklyEarningsPence: true } });
  return rows.map((r) => ({ effectiveFrom: dbDateToIso(r.effectiveFrom), weeklyMinutes: r.weeklyMinutes, weeklyEarningsPence: r.weeklyEarningsPence }));
}

/** The limits an assessor asked us to watch; none when they have no profile yet. */
export async function loadLimitSettings(reader: Reader, userId: string): Promise<LimitSettings> {
  const profile = await reader.assessorProfile.findUnique({ where: { userId }, select: { limitMode: true, ownWeeklyMinutes: true, ownWeeklyEarningsPence: true } });
  return { mode: profile?.limitMode ?? "NONE", ownWeeklyMinutes: profile?.ownWeeklyMinutes ?? null, ownWeeklyEarningsPence: profile?.ownWeeklyEarningsPence ?? null };
}

/** The columns the pure totals and limits read. */
export const FACT_COLUMNS = { visitId: true, workedOn: true, feePence: true, minutesWorked: true, expensesPence: true, method: true } as const;

type FactRow = { visitId: string; workedOn: Date; feePence: number; minutesWorked: number; expensesPence: number; method: PaymentFacts["method"] };

export function toFacts(row: FactRow): PaymentFacts {
  return { visitId: row.visitId, workedOn: dbDateToIso(row.workedOn), feePence: row.feePence, minutesWorked: row.minutesWorked, expensesPence: row.expensesPence, method: row.method };
}
