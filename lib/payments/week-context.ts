import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isoDateToDb, type IsoDate } from "@/lib/dates";
import { addDays, weekStart } from "@/lib/payments/periods";
import { limitsForWeek, type WeekLimits } from "@/lib/payments/limits";
import { earningsPence } from "@/lib/payments/totals";
import { FACT_COLUMNS, loadLimitSettings, loadPermittedWorkHistory, toFacts } from "@/lib/payments/load";

type Reader = Pick<Prisma.TransactionClient, "visitPayment" | "permittedWorkLimit" | "assessorProfile">;

export type WeekContext = {
  weekStart: IsoDate;
  /** The week's other payments for this assessor (all but `exceptVisitId`). */
  others: { minutes: number; earningsPence: number };
  limits: WeekLimits | null;
};

/**
 * One assessor's week around a visit date: what their other visits that week come to and the
 * limits they asked us to watch. The admin's form adds what is being typed to `others`.
 */
export async function loadWeekContext(reader: Reader, assessorUserId: string, date: IsoDate, exceptVisitId?: string): Promise<WeekContext> {
  const monday = weekStart(date);
  const [rows, settings, history] = await Promise.all([
    reader.visitPayment.findMany({
      where: { assessorUserId, workedOn: { gte: isoDateToDb(monday), lte: isoDateToDb(addDays(monday, 6)) }, ...(exceptVisitId ? { visitId: { not: exceptVisitId } } : {}) },
      select: FACT_COLUMNS,
    }),
    loadLimitSettings(reader, assessorUserId),
    loadPermittedWorkHistory(reader),
  ]);
  const facts = rows.map(toFacts);
  return {
    weekStart: monday,
    others: { minutes: facts.reduce((sum, p) => sum + p.minutesWorked, 0), earningsPence: facts.reduce((sum, p) => sum + earningsPence(p), 0) },
    limits: limitsForWeek(settings, history, monday),
  };
}
