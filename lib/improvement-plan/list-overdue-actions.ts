import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { daysBetween, dbDateToIso, isoDateToDb, parseDateParts, type IsoDate } from "@/lib/improvement-plan/dates";
import { reachPlan } from "@/lib/improvement-plan/plan-access";

export type OverdueAction = { id: string; statementNumber: number; description: string; owner: string; dueDate: IsoDate; daysOverdue: number };

/**
 * Open actions due before `today` ("YYYY-MM-DD", today in the UK), oldest first, for the
 * organisation's home page. An action due today is not overdue. NOT_FOUND unless the actor may
 * view the plan.
 */
export async function listOverdueActions(actor: Actor, organisationSlug: string, today: string): Promise<OverdueAction[]> {
  assertIsoDate(today);
  const organisation = await reachPlan(actor, organisationSlug, "plan:view");
  const rows = await db().improvementAction.findMany({
    where: { organisationId: organisation.id, status: "OPEN", dueDate: { lt: isoDateToDb(today) } },
    select: { id: true, statementNumber: true, description: true, owner: true, dueDate: true },
    orderBy: [{ dueDate: "asc" }, { statementNumber: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => {
    const dueDate = dbDateToIso(row.dueDate);
    return { id: row.id, statementNumber: row.statementNumber, description: row.description, owner: row.owner, dueDate, daysOverdue: daysBetween(dueDate, today) };
  });
}

// A malformed `today` would silently compare against an invalid date; callers pass todayInLondon().
function assertIsoDate(value: string): void {
  const [year = "", month = "", day = ""] = value.split("-");
  const parsed = parseDateParts({ day, month, year });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parsed.ok || parsed.date !== value) {
    throw new AppError("INVALID", "Today's date must be given as YYYY-MM-DD.");
  }
}
