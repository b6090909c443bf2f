import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import type { PaymentMethod } from "@/generated/prisma/enums";
import { todayInLondon, type IsoDate } from "@/lib/dates";
import { assertAssessor } from "@/lib/payments/access";
import { FACT_COLUMNS, loadLimitSettings, loadPermittedWorkHistory, toFacts } from "@/lib/payments/load";
import { checkHours, earningsPast, findLimitNotices, limitsForWeek, type HoursCheck, type LimitSettings, type WeekLimits } from "@/lib/payments/limits";
import { taxYearTotals, weeklyTotals, type PeriodTotals } from "@/lib/payments/totals";
import { adviceSentence, noticeSentence } from "@/lib/payments/notice-text";

export type MyPayment = {
  visitId: string;
  workedOn: IsoDate;
  organisationName: string;
  feePence: number;
  minutesWorked: number;
  expensesPence: number;
  method: PaymentMethod;
  charityName: string;
  paidOn: IsoDate | null;
  upcoming: boolean;
};

export type MyWeek = PeriodTotals & { limits: WeekLimits | null; hours: HoursCheck; earningsPast: boolean };

export type MyPayments = {
  payments: MyPayment[];
  weeks: MyWeek[];
  taxYears: PeriodTotals[];
  /** One sentence per week and limit reached, then the pointer to advice. */
  notices: { sentence: string; advice: string; visitDate: IsoDate }[];
  settings: LimitSettings;
};

/**
 * The signed-in assessor's own payments, newest first, with totals per week and per tax year and
 * a notice for each week that reaches the limits they asked us to watch. Nobody else's: the
 * query is built on the actor alone.
 */
export async function listMyPayments(actor: Actor, options: { today?: IsoDate } = {}): Promise<MyPayments> {
  assertAssessor(actor);
  const today = options.today ?? todayInLondon();
  const [rows, settings, history] = await Promise.all([
    db().visitPayment.findMany({
      where: { assessorUserId: actor.userId },
      orderBy: [{ workedOn: "desc" }, { visitId: "asc" }],
      select: { ...FACT_COLUMNS, charityName: true, paidAt: true, visit: { select: { organisation: { select: { name: true } } } } },
    }),
    loadLimitSettings(db(), actor.userId),
    loadPermittedWorkHistory(db()),
  ]);
  const facts = rows.map(toFacts);
  const limitsFor = (monday: IsoDate) => limitsForWeek(settings, history, monday);
  const notices = findLimitNotices(facts, limitsFor).map((n) => ({ sentence: noticeSentence(n, today), advice: adviceSentence(n.visitDate >= today), visitDate: n.visitDate }));
  return {
    payments: rows.map((r) => {
      const f = toFacts(r);
      return { ...f, organisationName: r.visit.organisation.name, charityName: r.charityName, paidOn: r.paidAt ? todayInLondon(r.paidAt) : null, upcoming: f.workedOn > today };
    }),
    weeks: weeklyTotals(facts).map((w) => {
      const limits = limitsFor(w.start);
      return { ...w, limits, hours: checkHours(w.minutes, limits?.minutes ?? null), earningsPast: earningsPast(w.earningsPence, limits?.earningsPence ?? null) };
    }),
    taxYears: taxYearTotals(facts),
    notices,
    settings,
  };
}

