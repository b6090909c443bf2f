// Tenant isolation for the improvement plan: nobody outside an organisation can list, read,
// add to, change, complete, reopen or delete its plan, by slug or by a crafted action id. They
// get "not found", exactly as if it did not exist. Scheme admins may read but not change it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { addAction } from "@/lib/improvement-plan/add-action";
import { deleteAction } from "@/lib/improvement-plan/delete-action";
import { getAction } from "@/lib/improvement-plan/get-action";
import { getPlan } from "@/lib/improvement-plan/get-plan";
import { getPlanSummary } from "@/lib/improvement-plan/get-plan-summary";
import { getStatementPlan } from "@/lib/improvement-plan/get-statement-plan";
import { listOverdueActions } from "@/lib/improvement-plan/list-overdue-actions";
import { completeAction, reopenAction } from "@/lib/improvement-plan/set-action-status";
import { setLadderPosition } from "@/lib/improvement-plan/set-ladder-position";
import { updateAction } from "@/lib/improvement-plan/update-action";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const PROVIDERS = ["northside-mind", "harbour-recovery", "elm-house"] as const;
const TODAY = "2026-11-23";
const fields = { description: "Crafted", owner: "Intruder", dueDay: "1", dueMonth: "1", dueYear: "2030", version: "1" };
/** One open action per provider, created here so the test does not depend on the demo plan. */
const actionOf: Record<string, string> = {};

beforeAll(async () => {
  for (const slug of PROVIDERS) {
    const organisation = await app.prisma.organisation.findUniqueOrThrow({ where: { slug } });
    const action = await app.prisma.improvementAction.create({
      data: { organisationId: organisation.id, statementNumber: 1, description: `${slug}'s own action`, owner: "Service manager", dueDate: new Date("2026-01-01T00:00:00Z") },
    });
    actionOf[slug] = action.id;
  }
});

const BY_ACTION_ID = new Set(["getAction", "updateAction", "completeAction", "reopenAction", "deleteAction"]);

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe("NOT_FOUND");
}

/** Every plan service, aimed at `slug` and at `actionId` (which may belong elsewhere). */
function everyCall(actor: Actor, slug: string, actionId: string): Array<[string, () => Promise<unknown>]> {
  return [
    ["getPlan", () => getPlan(actor, slug, TODAY)],
    ["getPlanSummary", () => getPlanSummary(actor, slug)],
    ["listOverdueActions", () => listOverdueActions(actor, slug, TODAY)],
    ["getStatementPlan", () => getStatementPlan(actor, slug, 1, TODAY)],
    ["getAction", () => getAction(actor, slug, actionId, TODAY)],
    ["setLadderPosition", () => setLadderPosition(actor, slug, 1, { current: "COERCION", target: "COERCION" })],
    ["addAction", () => addAction(actor, slug, 1, fields, { today: TODAY })],
    ["updateAction", () => updateAction(actor, slug, actionId, fields)],
    ["completeAction", () => completeAction(actor, slug, actionId)],
    ["reopenAction", () => reopenAction(actor, slug, actionId)],
    ["deleteAction", () => deleteAction(actor, slug, actionId, { version: "1" })],
  ];
}

async function snapshot(slug: string) {
  const where = { organisation: { slug } };
  return {
    positions: await app.prisma.ladderPosition.findMany({ where, orderBy: { statementNumber: "asc" } }),
    actions: await app.prisma.improvementAction.findMany({ where, orderBy: { id: "asc" } }),
  };
}

describe.each(PROVIDERS)("the admin and member of %s", (own) => {
  const others = PROVIDERS.filter((slug) => slug !== own);

  it.each(others)("get not found for every part of %s's plan, and change nothing", async (other) => {
    const before = await snapshot(other);
    for (const email of [`admin@${own}.demo.test`, `member@${own}.demo.test`]) {
      const actor = await app.actorFor(email);
      // The other organisation's slug with its own action id, and with ours.
      for (const [name, call] of [...everyCall(actor, other, actionOf[other] ?? ""), ...everyCall(actor, other, actionOf[own] ?? "")]) {
        await expectNotFound(call()).catch((e: unknown) => Promise.reject(new Error(`${email} ${name} on ${other}: ${String(e)}`)));
      }
      // Our own slug with the other organisation's action id.
      for (const [name, call] of everyCall(actor, own, actionOf[other] ?? "").filter(([n]) => BY_ACTION_ID.has(n))) {
        await expectNotFound(call()).catch((e: unknown) => Promise.reject(new Error(`${email} ${name} with ${other}'s action id: ${String(e)}`)));
      }
    }
    expect(await snapshot(other)).toEqual(before);
  });

  it("reach their own plan", async () => {
    const actor = await app.actorFor(`member@${own}.demo.test`);
    const plan = await getPlan(actor, own, TODAY);
    expect(plan.statements.flatMap((s) => s.actions).map((a) => a.id)).toContain(actionOf[own]);
    expect((await listOverdueActions(actor, own, TODAY)).map((a) => a.id)).toContain(actionOf[own]);
  });
});

describe("people outside the providers", () => {
  it.each(["commissioner@demo.test", "assessor.one@demo.test"])("%s cannot reach any plan", async (email) => {
    const actor = await app.actorFor(email);
    for (const slug of PROVIDERS) {
      const before = await snapshot(slug);
      for (const [, call] of everyCall(actor, slug, actionOf[slug] ?? "")) await expectNotFound(call());
      expect(await snapshot(slug)).toEqual(before);
    }
  });

  it("a scheme admin can read every provider's plan but change nothing", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    for (const slug of PROVIDERS) {
      const before = await snapshot(slug);
      expect((await getPlan(admin, slug, TODAY)).statements).toHaveLength(6);
      expect(await getPlanSummary(admin, slug)).toHaveLength(6);
      expect((await listOverdueActions(admin, slug, TODAY)).map((a) => a.id)).toContain(actionOf[slug]);
      const reads = new Set(["getPlan", "getPlanSummary", "listOverdueActions"]);
      for (const [, call] of everyCall(admin, slug, actionOf[slug] ?? "").filter(([name]) => !reads.has(name))) await expectNotFound(call());
      expect(await snapshot(slug)).toEqual(before);
    }
  });

  it("nobody reaches a plan through the scheme or commissioning organisation's slug", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    for (const slug of ["leeds-coproduction-quality-mark", "leeds-place-commissioning", "no-such-organisation"]) {
      await expectNotFound(getPlan(admin, slug, TODAY));
    }
  });
});
