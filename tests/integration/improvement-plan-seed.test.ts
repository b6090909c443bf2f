// The demo improvement plans: believable, valid under the plan's own rules, and with the overdue
// actions the README's walkthrough relies on. Rebuilt here so the test holds whether or not the
// demo seed already calls seedDemoPlan.
import { beforeAll, describe, expect, it } from "vitest";
import { getPlan } from "@/lib/improvement-plan/get-plan";
import { compareRungs } from "@/lib/improvement-plan/ladder";
import { listOverdueActions } from "@/lib/improvement-plan/list-overdue-actions";
import { actionSchema, ladderPositionSchema } from "@/lib/improvement-plan/schemas";
import { isoDateToParts } from "@/lib/improvement-plan/dates";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-data";
import { DEMO_PLANS, seedDemoPlan } from "@/lib/seed/demo-plan";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const DEMO_TODAY = "2026-11-23";

beforeAll(async () => {
  await app.prisma.improvementAction.deleteMany();
  await app.prisma.ladderPosition.deleteMany();
  const organisations = new Map((await app.prisma.organisation.findMany()).map((o) => [o.slug, o.id]));
  const users = new Map((await app.prisma.user.findMany()).map((u) => [u.email, u.id]));
  await app.prisma.$transaction((tx) => seedDemoPlan(tx, { organisations, users }));
});

const plan = async (slug: string) => getPlan(await app.actorFor(`admin@${slug}.demo.test`), slug, DEMO_TODAY);

describe("the demo improvement plans", () => {
  it("give every provider 2 to 6 actions that pass the plan's own checks", async () => {
    const owners = new Set(DEMO_ACCOUNTS.map((a) => a.name));
    for (const demo of DEMO_PLANS) {
      expect(demo.actions.length).toBeGreaterThanOrEqual(2);
      expect(demo.actions.length).toBeLessThanOrEqual(6);
      for (const action of demo.actions) {
        const due = isoDateToParts(action.due);
        expect(actionSchema().safeParse({ description: action.description, owner: action.owner, dueDay: due.day, dueMonth: due.month, dueYear: due.year }).success).toBe(true);
        // A demo person's name, or a job title for a post.
        expect(owners.has(action.owner) || /^[A-Z][a-z]+( [a-z]+)+$/.test(action.owner)).toBe(true);
      }
      for (const [, current, target] of demo.positions) expect(ladderPositionSchema.safeParse({ current, target }).success).toBe(true);
    }
  });

  it("show Northside Mind mostly at co-design, aiming at co-production", async () => {
    const statements = (await plan("northside-mind")).statements;
    expect(statements.every((s) => s.position !== null)).toBe(true);
    expect(statements.filter((s) => s.position?.current === "CO_DESIGN").length).toBeGreaterThanOrEqual(3);
    expect(statements.filter((s) => s.position?.target === "CO_PRODUCTION").length).toBeGreaterThanOrEqual(3);
  });

  it("show Harbour Recovery moving from consultation to co-design, with two overdue actions on 23 November 2026", async () => {
    const statements = (await plan("harbour-recovery")).statements;
    expect(statements.filter((s) => s.position?.current === "CONSULTATION" && s.position.target === "CO_DESIGN").length).toBeGreaterThanOrEqual(3);
    const overdue = await listOverdueActions(await app.actorFor("member@harbour-recovery.demo.test"), "harbour-recovery", DEMO_TODAY);
    expect(overdue.map((a) => [a.dueDate, a.daysOverdue])).toEqual([
      ["2026-10-30", 24],
      ["2026-11-13", 10],
    ]);
  });

  it("show Elm House just starting, from informing towards engagement", async () => {
    const { statements } = await plan("elm-house");
    const set = statements.filter((s) => s.position !== null);
    expect(set.length).toBeGreaterThan(0);
    expect(set.length).toBeLessThan(6);
    for (const s of set) expect(s.position).toEqual({ current: "INFORMING", target: "ENGAGEMENT" });
    expect(await listOverdueActions(await app.actorFor("admin@elm-house.demo.test"), "elm-house", DEMO_TODAY)).toEqual([]);
  });

  it("never aim below where a provider is now", async () => {
    for (const position of await app.prisma.ladderPosition.findMany()) expect(compareRungs(position.target, position.current)).toBeGreaterThanOrEqual(0);
  });
});
