// Adding up an assessor's work per week and per tax year. Pure: callers pass the payments.
import type { PaymentMethod } from "@/generated/prisma/enums";
import type { IsoDate } from "@/lib/dates";
import { taxYearOf, weekOf, type Period } from "@/lib/payments/periods";

/** What the totals need from one payment. */
export type PaymentFacts = { visitId: string; workedOn: IsoDate; feePence: number; minutesWorked: number; expensesPence: number; method: PaymentMethod };

/**
 * The part of a payment that counts as earnings. Repaid expenses never do: they give back what
 * the assessor spent. A declined fee counts as nothing, because a declined fee is not paid (and
 * is stored as 0 anyway). Vouchers and fees given to a charity do count: the assessor earned
 * them, and the notice should err on the side of telling them; an adviser can say how their own
 * benefit treats them.
 */
export function earningsPence(payment: Pick<PaymentFacts, "feePence" | "method">): number {
  return payment.method === "DECLINED" ? 0 : payment.feePence;
}

export type Totals = { minutes: number; earningsPence: number; expensesPence: number; visits: number };

export type PeriodTotals = Period & Totals;

const empty = (): Totals => ({ minutes: 0, earningsPence: 0, expensesPence: 0, visits: 0 });

function add(into: Totals, p: PaymentFacts): void {
  into.minutes += p.minutesWorked;
  into.earningsPence += earningsPence(p);
  into.expensesPence += p.expensesPence;
  into.visits += 1;
}

function groupBy(payments: readonly PaymentFacts[], periodOf: (iso: IsoDate) => Period): PeriodTotals[] {
  const byStart = new Map<string, PeriodTotals>();
  for (const p of payments) {
    const period = periodOf(p.workedOn);
    let totals = byStart.get(period.start);
    if (!totals) byStart.set(period.start, (totals = { ...period, ...empty() }));
    add(totals, p);
  }
  return [...byStart.values()].sort((a, b) => b.start.localeCompare(a.start));
}

/** Totals for each week (Monday to Sunday) with work in it, newest first. */
export function weeklyTotals(payments: readonly PaymentFacts[]): PeriodTotals[] {
  return groupBy(payments, weekOf);
}

/** Totals for each tax year (6 April to 5 April) with work in it, newest first. */
export function taxYearTotals(payments: readonly PaymentFacts[]): PeriodTotals[] {
  return groupBy(payments, taxYearOf);
}
