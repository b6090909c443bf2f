// The improvement plan's services on a real database: ladder positions, the life of an action,
// optimistic concurrency and the overdue list. Works whether or not the demo plan is seeded.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { addAction } from "@/lib/improvement-plan/add-action";
import { deleteAction } from "@/lib/improvement-plan/delete-action";
import { getAction } from "@/lib/improvement-plan/get-action";
import { getPlan } from "@/lib/improvement-plan/get-plan";
import { getPlanSummary } from "@/lib/improvement-plan/get-plan-summary";
import { completeAction, reopenAction } from "@/lib/improvement-plan/set-action-status";
import { setLadderPosition } from "@/lib/improvement-plan/set-ladder-position";
import { STALE_EDIT_MESSAGE, updateAction } from "@/lib/improvement-plan/update-action";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const ORG = "harbour-recovery";
const TODAY = "2026-11-23";
const member = () => app.actorFor(`member@${ORG}.demo.test`);
const fields = { description: "Invite two people from the recovery forum onto the interview panel for new staff.", owner: "Aisha Rahman", dueDay: "15", dueMonth: "1", dueYear: "2027" };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("ladder positions", () => {
  it("records where a statement is and where it aims, and replaces it when changed", async () => {
    const actor = await member();
    expect(await setLadderPosition(actor, ORG, 3, { current: "CONSULTATION", target: "CO_DESIGN" })).toEqual({ current: "CONSULTATION", target: "CO_DESIGN" });
    await setLadderPosition(actor, ORG, "3", { current: "ENGAGEMENT", target: "CO_PRODUCTION" });
    const plan = await getPlan(actor, ORG, TODAY);
    expect(plan.statements.find((s) => s.number === 3)?.position).toEqual({ current: "ENGAGEMENT", target: "CO_PRODUCTION" });
    expect(plan.isEmpty).toBe(false);
    const row = await app.prisma.ladderPosition.findFirstOrThrow({ where: { statementNumber: 3, organisation: { slug: ORG } } });
    expect(row.updatedById).toBe(actor.userId);
    expect((await getPlanSummary(actor, ORG)).find((s) => s.statementNumber === 3)).toMatchObject({ current: "ENGAGEMENT", target: "CO_PRODUCTION" });
  });

  it("refuses a target below the current rung and keeps what was saved", async () => {
    const actor = await member();
    const error = await rejection(setLadderPosition(actor, ORG, 3, { current: "CO_DESIGN", target: "INFORMING" }));
    expect(error.kind).toBe("INVALID");
    expect(error.fieldErrors.target?.[0]).toMatch(/cannot be lower than where you are now \(Co-design\)/);
    expect((await getPlan(actor, ORG, TODAY)).statements[2]?.position).toEqual({ current: "ENGAGEMENT", target: "CO_PRODUCTION" });
  });

  it("treats a statement number other than 1–6 as not found", async () => {
    for (const number of [0, 7, "x", 2.5]) expect((await rejection(setLadderPosition(await member(), ORG, number, { current: "INFORMING", target: "INFORMING" }))).kind).toBe("NOT_FOUND");
  });
});

describe("the life of an action", () => {
  let id = "";

  it("adds an action with its owner and due date", async () => {
    const actor = await member();
    id = await addAction(actor, ORG, 2, fields, { today: TODAY });
    const saved = await getAction(actor, ORG, id, TODAY);
    expect(saved).toMatchObject({ statementNumber: 2, description: fields.description, owner: "Aisha Rahman", dueDate: "2027-01-15", status: "OPEN", version: 1, overdue: false });
  });

  it("refuses empty fields, an unreal date and a past date for a new action, adding nothing", async () => {
    const actor = await member();
    const before = await app.prisma.improvementAction.count();
    const empty = await rejection(addAction(actor, ORG, 2, { description: "", owner: " ", dueDay: "", dueMonth: "", dueYear: "" }, { today: TODAY }));
    expect(empty.fieldErrors).toEqual({ description: ["Enter what you will do"], owner: ["Enter the name of the person who will make sure it happens"], dueDate: ["Enter the due date"] });
    expect((await rejection(addAction(actor, ORG, 2, { ...fields, dueDay: "30", dueMonth: "2" }, { today: TODAY }))).fieldErrors.dueDate).toEqual(["Due date must be a real date"]);
    expect((await rejection(addAction(actor, ORG, 2, { ...fields, dueDay: "22", dueMonth: "11", dueYear: "2026" }, { today: TODAY }))).fieldErrors.dueDate).toEqual([
      "Due date must be today or in the future",
    ]);
    expect(await app.prisma.improvementAction.count()).toBe(before);
  });

  it("changes an action and moves its version on", async () => {
    const actor = await member();
    await updateAction(actor, ORG, id, { ...fields, owner: "Tom Gallagher", dueDay: "1", dueMonth: "2", version: "1" });
    expect(await getAction(actor, ORG, id, TODAY)).toMatchObject({ owner: "Tom Gallagher", dueDate: "2027-02-01", version: 2 });
  });

  it("refuses a stale save and changes nothing", async () => {
    const admin = await app.actorFor(`admin@${ORG}.demo.test`);
    const error = await rejection(updateAction(admin, ORG, id, { ...fields, description: "An older edit", version: "1" }));
    expect(error.kind).toBe("CONFLICT");
    expect(error.message).toBe(STALE_EDIT_MESSAGE);
    expect(error.fieldErrors).toEqual({ version: [STALE_EDIT_MESSAGE] });
    expect(await app.prisma.improvementAction.findUniqueOrThrow({ where: { id } })).toMatchObject({ description: fields.description, owner: "Tom Gallagher", version: 2 });
  });

  it("lets only one of two saves from the same version win", async () => {
    const [a, b] = await Promise.allSettled([
      updateAction(await member(), ORG, id, { ...fields, owner: "First", version: "2" }),
      updateAction(await app.actorFor(`admin@${ORG}.demo.test`), ORG, id, { ...fields, owner: "Second", version: "2" }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const saved = await app.prisma.improvementAction.findUniqueOrThrow({ where: { id } });
    expect(saved.version).toBe(3);
    expect(saved.owner).toBe(a.status === "fulfilled" ? "First" : "Second");
  });

  it("marks it done, is harmless to repeat, and reopens it", async () => {
    const actor = await member();
    await completeAction(actor, ORG, id, new Date("2026-11-23T10:00:00Z"));
    await completeAction(actor, ORG, id);
    expect(await getAction(actor, ORG, id, TODAY)).toMatchObject({ status: "DONE", completedOn: "2026-11-23", version: 4 });
    await reopenAction(actor, ORG, id);
    expect(await getAction(actor, ORG, id, TODAY)).toMatchObject({ status: "OPEN", completedOn: null, version: 5 });
  });

  it("refuses to delete from a stale page, then deletes", async () => {
    const actor = await member();
    expect((await rejection(deleteAction(actor, ORG, id, { version: "4" }))).kind).toBe("CONFLICT");
    expect(await app.prisma.improvementAction.count({ where: { id } })).toBe(1);
    await deleteAction(actor, ORG, id, { version: "5" });
    expect(await app.prisma.improvementAction.count({ where: { id } })).toBe(0);
    expect((await rejection(getAction(actor, ORG, id))).kind).toBe("NOT_FOUND");
    expect((await rejection(updateAction(actor, ORG, id, { ...fields, version: "5" }))).kind).toBe("NOT_FOUND");
  });
});
