// How an action is shown, and in what order. Pure, so the ordering rules are unit-tested.
import { daysBetween, dbDateToIso, isOverdue, londonDateOf, type IsoDate } from "@/lib/improvement-plan/dates";

export type ActionRow = {
  id: string;
  statementNumber: number;
  description: string;
  owner: string;
  dueDate: Date;
  status: "OPEN" | "DONE";
  completedAt: Date | null;
  version: number;
};

/** An action as pages and other areas see it: plain values, with overdue worked out for today. */
export type PlanAction = {
  id: string;
  statementNumber: number;
  description: string;
  owner: string;
  dueDate: IsoDate;
  status: "OPEN" | "DONE";
  completedOn: IsoDate | null;
  overdue: boolean;
  daysOverdue: number;
  version: number;
};

/** The columns every action query selects, matching ActionRow. */
export const ACTION_SELECT = {
  id: true,
  statementNumber: true,
  description: true,
  owner: true,
  dueDate: true,
  status: true,
  completedAt: true,
  version: true,
} as const;

export function toPlanAction(row: ActionRow, today: IsoDate): PlanAction {
  const dueDate = dbDateToIso(row.dueDate);
  const overdue = row.status === "OPEN" && isOverdue(dueDate, today);
  return {
    id: row.id,
    statementNumber: row.statementNumber,
    description: row.description,
    owner: row.owner,
    dueDate,
    status: row.status,
    // Completion is a moment; people only need the day it happened in the UK.
    completedOn: row.completedAt ? londonDateOf(row.completedAt) : null,
    overdue,
    daysOverdue: overdue ? daysBetween(dueDate, today) : 0,
    version: row.version,
  };
}

/**
 * Open actions first, soonest due first (so overdue ones lead), then done actions, most
 * recently finished first. Ties keep a stable order by id.
 */
export function orderActions(actions: readonly PlanAction[]): PlanAction[] {
  return [...actions].sort((a, b) => {
    if (a.status !== b.status) return a.status === "OPEN" ? -1 : 1;
    if (a.status === "OPEN") return a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);
    return (b.completedOn ?? "").localeCompare(a.completedOn ?? "") || a.id.localeCompare(b.id);
  });
}
