// Overdue actions for the organisation's home page, the plan summary and the plan's ordering.
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getPlan } from "@/lib/improvement-plan/get-plan";
import { getPlanSummary } from "@/lib/improvement-plan/get-plan-summary";
import { listOverdueActions } from "@/lib/improvement-plan/list-overdue-actions";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const ORG = "elm-house";
// Far enough ahead that any demo actions are before it too; only this file's actions are checked by id.
const TODAY = "2031-06-15";
const ids: Record<string, string> = {};

beforeAll(async () => {
  const organisation = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: ORG } });
  const make = async (key: string, statementNumber: number, due: string, status: "OPEN" | "DONE" = "OPEN") => {
    const created = await app.prisma.improvementAction.create({
      data: { organisationId: organisation.id, statementNumber, description: `Action ${key}`, owner: "Service manager", dueDate: new Date(`${due}T00:00:00Z`), status, completedAt: status === "DONE" ? new Date() : null },
    });
    ids[key] = created.id;
  };
  await make("yesterday", 4, "2031-06-14");
  await make("today", 4, "2031-06-15");
  await make("tomorrow", 4, "2031-06-16");
  await make("last-month", 6, "2031-05-15");
  await make("done-late", 6, "2031-01-01", "DONE");
});

describe("overdue actions", () => {
  it("lists open actions due before today, oldest first, with how many days late", async () => {
    const overdue = await listOverdueActions(await app.actorFor(`member@${ORG}.demo.test`), ORG, TODAY);
    const mine = overdue.filter((a) => Object.values(ids).includes(a.id));
    expect(mine).toEqual([
      { id: ids["last-month"], statementNumber: 6, description: "Action last-month", owner: "Service manager", dueDate: "2031-05-15", daysOverdue: 31 },
      { id: ids.yesterday, statementNumber: 4, description: "Action yesterday", owner: "Service manager", dueDate: "2031-06-14", daysOverdue: 1 },
    ]);
    expect(overdue.map((a) => a.dueDate)).toEqual([...overdue.map((a) => a.dueDate)].sort());
    expect(overdue.every((a) => a.dueDate < TODAY && a.daysOverdue > 0)).toBe(true);
  });

  it("does not count an action due today, and counts it the day after", async () => {
    const actor = await app.actorFor(`admin@${ORG}.demo.test`);
    expect((await listOverdueActions(actor, ORG, TODAY)).map((a) => a.id)).not.toContain(ids.today);
    expect((await listOverdueActions(actor, ORG, "2031-06-16")).find((a) => a.id === ids.today)?.daysOverdue).toBe(1);
  });

  it("refuses a malformed today rather than comparing with nonsense", async () => {
    const actor = await app.actorFor(`admin@${ORG}.demo.test`);
    for (const today of ["15/06/2031", "2031-6-15", "2031-02-30", ""]) {
      await expect(listOverdueActions(actor, ORG, today)).rejects.toBeInstanceOf(AppError);
    }
  });
});

describe("the plan's summary and order", () => {
  it("counts open actions per statement, six statements in order", async () => {
    const summary = await getPlanSummary(await app.actorFor(`member@${ORG}.demo.test`), ORG);
    expect(summary.map((s) => s.statementNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    const openInDatabase = await app.prisma.improvementAction.count({ where: { organisation: { slug: ORG }, status: "OPEN", statementNumber: 4 } });
    expect(summary[3]?.openActions).toBe(openInDatabase);
    expect(openInDatabase).toBeGreaterThanOrEqual(3);
  });

  it("shows open actions first, flagging overdue ones, then done ones", async () => {
    const plan = await getPlan(await app.actorFor(`member@${ORG}.demo.test`), ORG, TODAY);
    const six = plan.statements[5]?.actions ?? [];
    const lastOpen = six.map((a) => a.status).lastIndexOf("OPEN");
    const firstDone = six.map((a) => a.status).indexOf("DONE");
    expect(firstDone).toBeGreaterThan(lastOpen);
    expect(six.find((a) => a.id === ids["last-month"])).toMatchObject({ overdue: true, daysOverdue: 31 });
    expect(six.find((a) => a.id === ids["done-late"])).toMatchObject({ overdue: false, status: "DONE" });
    expect(plan.statements[3]?.actions.find((a) => a.id === ids.today)?.overdue).toBe(false);
  });
});
