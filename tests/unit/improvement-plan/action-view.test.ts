import { describe, expect, it } from "vitest";
import { orderActions, toPlanAction, type ActionRow } from "@/lib/improvement-plan/action-view";

const row = (id: string, due: string, extra: Partial<ActionRow> = {}): ActionRow => ({
  id,
  statementNumber: 1,
  description: `Action ${id}`,
  owner: "Service manager",
  dueDate: new Date(`${due}T00:00:00Z`),
  status: "OPEN",
  completedAt: null,
  version: 1,
  ...extra,
});

const TODAY = "2026-11-23";

describe("an action as the plan shows it", () => {
  it("is overdue only when open and due before today", () => {
    expect(toPlanAction(row("a", "2026-11-13"), TODAY)).toMatchObject({ dueDate: "2026-11-13", overdue: true, daysOverdue: 10 });
    expect(toPlanAction(row("b", TODAY), TODAY)).toMatchObject({ overdue: false, daysOverdue: 0 });
    expect(toPlanAction(row("c", "2026-11-01", { status: "DONE", completedAt: new Date("2026-10-31T23:30:00Z") }), TODAY)).toMatchObject({
      overdue: false,
      completedOn: "2026-10-31",
    });
  });

  it("gives the day it was completed in the UK", () => {
    expect(toPlanAction(row("d", "2026-07-01", { status: "DONE", completedAt: new Date("2026-06-30T23:30:00Z") }), TODAY).completedOn).toBe("2026-07-01");
  });

  it("lists open actions first, soonest due first, then done actions, latest finished first", () => {
    const actions = [
      row("done-early", "2026-09-01", { status: "DONE", completedAt: new Date("2026-09-01T10:00:00Z") }),
      row("later", "2027-02-01"),
      row("done-late", "2026-10-01", { status: "DONE", completedAt: new Date("2026-10-20T10:00:00Z") }),
      row("overdue", "2026-10-30"),
      row("soon", "2026-12-01"),
    ].map((r) => toPlanAction(r, TODAY));
    expect(orderActions(actions).map((a) => a.id)).toEqual(["overdue", "soon", "later", "done-late", "done-early"]);
  });
});
