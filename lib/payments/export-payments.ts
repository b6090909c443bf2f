import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { dbDateToIso, isoDateToDb, todayInLondon } from "@/lib/dates";
import { writeCsv } from "@/lib/csv/write-csv";
import { assertPaymentsAdmin, invalid } from "@/lib/payments/access";
import { METHOD_LABELS } from "@/lib/payments/labels";
import { minutesToDecimalHours } from "@/lib/payments/hours";
import { penceToPlain } from "@/lib/payments/money";
import { exportRangeSchema } from "@/lib/payments/schemas";

export const EXPORT_HEADER = ["Visit date", "Assessor name", "Assessor email", "Organisation", "Fee (£)", "Hours", "Expenses (£)", "How paid", "Charity", "Paid on"] as const;

/**
 * Every payment for visits from `from` to `to` (both included) as a spreadsheet-safe CSV, for the
 * scheme admin only. Planned payments are included, with "Paid on" empty.
 */
export async function exportPaymentsCsv(actor: Actor, query: unknown): Promise<{ filename: string; csv: string }> {
  assertPaymentsAdmin(actor);
  const parsed = exportRangeSchema.safeParse(query);
  if (!parsed.success) throw invalid(parsed.error);
  const { from, to } = parsed.data;
  const rows = await db().visitPayment.findMany({
    where: { workedOn: { gte: isoDateToDb(from), lte: isoDateToDb(to) } },
    orderBy: [{ workedOn: "asc" }, { assessor: { name: "asc" } }, { visitId: "asc" }],
    select: {
      workedOn: true,
      feePence: true,
      minutesWorked: true,
      expensesPence: true,
      method: true,
      charityName: true,
      paidAt: true,
      assessor: { select: { name: true, email: true } },
      visit: { select: { organisation: { select: { name: true } } } },
    },
  });
  const csv = writeCsv(
    EXPORT_HEADER,
    rows.map((r) => [
      dbDateToIso(r.workedOn),
      r.assessor.name,
      r.assessor.email,
      r.visit.organisation.name,
      penceToPlain(r.feePence),
      minutesToDecimalHours(r.minutesWorked),
      penceToPlain(r.expensesPence),
      METHOD_LABELS[r.method],
      r.charityName,
      r.paidAt ? todayInLondon(r.paidAt) : "",
    ]),
  );
  return { filename: `payments-${from}-to-${to}.csv`, csv };
}
