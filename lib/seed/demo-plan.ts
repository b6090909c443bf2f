// The demo providers' improvement plans: believable ladder positions and a few actions each.
// Dates are fixed, so Harbour Recovery has exactly two overdue actions on 23 November 2026 (and,
// as the real calendar moves on, more actions become overdue, as they would in life).
import type { PrismaClient } from "@/generated/prisma/client";
import type { LadderRung } from "@/lib/improvement-plan/ladder";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DemoPlanContext = { organisations: Map<string, string>; users: Map<string, string> };

type DemoAction = { statement: number; description: string; owner: string; due: string; doneAt?: string };
type DemoPlan = { slug: string; updatedBy: string; positions: Array<[statement: number, current: LadderRung, target: LadderRung]>; actions: DemoAction[] };

export const DEMO_PLANS: DemoPlan[] = [
  {
    // Well along: mostly co-design, aiming at co-production.
    slug: "northside-mind",
    updatedBy: "admin@northside-mind.demo.test",
    positions: [
      [1, "CO_DESIGN", "CO_PRODUCTION"],
      [2, "ENGAGEMENT", "CO_DESIGN"],
      [3, "CO_DESIGN", "CO_PRODUCTION"],
      [4, "CO_DESIGN", "CO_DESIGN"],
      [5, "CO_PRODUCTION", "CO_PRODUCTION"],
      [6, "CO_DESIGN", "CO_PRODUCTION"],
    ],
    actions: [
      { statement: 1, description: "Set up a peer panel of people who use our groups to co-chair the quarterly service review.", owner: "Grace Adeyemi", due: "2027-01-29" },
      { statement: 3, description: "Translate the group timetable and welcome leaflet into Urdu and Polish, checked by members who speak them.", owner: "Liam Walsh", due: "2027-02-26" },
      { statement: 6, description: "Agree with members a one-page 'my story' form that they own and can share with other services if they choose.", owner: "Peer support coordinator", due: "2027-03-31" },
      { statement: 1, description: "Pay peer panel members for their time, and give each of them the contact for independent welfare benefits advice.", owner: "Grace Adeyemi", due: "2026-09-30", doneAt: "2026-09-22T14:10:00Z" },
      { statement: 2, description: "Hold an evening with the carers' group to find out what information families want from us.", owner: "Liam Walsh", due: "2026-10-15", doneAt: "2026-10-14T19:45:00Z" },
    ],
  },
  {
    // Consulting people now, aiming to design with them; two actions have slipped.
    slug: "harbour-recovery",
    updatedBy: "admin@harbour-recovery.demo.test",
    positions: [
      [1, "CONSULTATION", "CO_DESIGN"],
      [2, "INFORMING", "ENGAGEMENT"],
      [3, "CONSULTATION", "CO_DESIGN"],
      [4, "CONSULTATION", "CO_DESIGN"],
      [5, "ENGAGEMENT", "CO_DESIGN"],
      [6, "CONSULTATION", "CO_DESIGN"],
    ],
    actions: [
      { statement: 4, description: "Ask people in recovery to help rewrite our first-appointment questions so they do not feel judged.", owner: "Aisha Rahman", due: "2026-10-30" },
      { statement: 2, description: "Start a monthly drop-in for families and friends, planned with two family members.", owner: "Family support worker", due: "2026-11-13" },
      { statement: 1, description: "Set up a forum of people who use the service that meets monthly and reports to the management team.", owner: "Tom Gallagher", due: "2027-01-15" },
      { statement: 5, description: "Put keyworkers' first names and photos, with a line each about themselves, in reception and the welcome pack.", owner: "Service manager", due: "2026-12-11" },
      { statement: 3, description: "Ask the forum how we could make the service feel more welcoming to LGBTQ+ people.", owner: "Aisha Rahman", due: "2026-09-30", doneAt: "2026-09-18T11:00:00Z" },
    ],
  },
  {
    // Just starting: two statements so far.
    slug: "elm-house",
    updatedBy: "admin@elm-house.demo.test",
    positions: [
      [1, "INFORMING", "ENGAGEMENT"],
      [5, "INFORMING", "ENGAGEMENT"],
    ],
    actions: [
      { statement: 1, description: "Hold a residents' meeting to ask what people would change about how the house is run.", owner: "Owen Price", due: "2026-12-18" },
      { statement: 5, description: "Give every resident a card with their keyworker's name and how to reach them.", owner: "Sunita Patel", due: "2027-01-22" },
    ],
  },
];

/** Writes the demo plans inside the seed's transaction. The organisations and users must exist. */
export async function seedDemoPlan(tx: Tx, ctx: DemoPlanContext): Promise<void> {
  for (const plan of DEMO_PLANS) {
    const organisationId = ctx.organisations.get(plan.slug);
    const userId = ctx.users.get(plan.updatedBy);
    if (!organisationId || !userId) throw new Error(`The demo plan for ${plan.slug} needs its organisation and ${plan.updatedBy}`);
    await tx.ladderPosition.createMany({
      data: plan.positions.map(([statementNumber, current, target]) => ({ organisationId, statementNumber, current, target, updatedById: userId })),
    });
    await tx.improvementAction.createMany({
      data: plan.actions.map((action) => ({
        organisationId,
        statementNumber: action.statement,
        description: action.description,
        owner: action.owner,
        dueDate: new Date(`${action.due}T00:00:00.000Z`),
        status: action.doneAt ? ("DONE" as const) : ("OPEN" as const),
        completedAt: action.doneAt ? new Date(action.doneAt) : null,
        createdById: userId,
      })),
    });
  }
}
