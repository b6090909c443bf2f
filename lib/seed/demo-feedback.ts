// The demo's feedback rounds. Riverside Peer Support ran one last spring: 14 people answered (3 of
// them carers), so it closed into an evidence item and its results show. Harbour Recovery has one
// open now, at /feedback/hrbr7k2m, with 4 answers so far (too few to show anything). Runs inside
// the seed's transaction, outside Next.js, so it writes rows directly; answers are only inserted,
// as the public form does (the database refuses to change them).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { createdChanges, snapshotOf } from "@/lib/evidence/history-changes";
import type { FeedbackAnswerValue } from "@/lib/feedback/questions";
import { addDays, closeDateAtEnd } from "@/lib/feedback/rounds/dates";
import { tallyAnswers } from "@/lib/feedback/rounds/distribution";
import { EVIDENCE_DESCRIPTION, evidenceBody, evidenceTitle } from "@/lib/feedback/rounds/evidence-text";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DemoFeedbackContext = { organisations: Map<string, string>; users: Map<string, string> };

/** Fixed so the README, the demo and the end-to-end tests can open the form. */
export const DEMO_FEEDBACK_LINK_CODES = { harbour: "hrbr7k2m", riverside: "rvrsd4p6" } as const;

type Comment = { statement: number; raw: string; redacted: string };
type DemoResponse = { carer?: boolean; ratings: FeedbackAnswerValue[]; comments?: Comment[] };

const n = null;

const RIVERSIDE_RESPONSES: DemoResponse[] = [
  { ratings: [5, 4, 5, 4, 5, 4] },
  { ratings: [4, n, 4, 3, 5, 3], comments: [{ statement: 1, raw: "The Wednesday group Sam runs helped me feel heard", redacted: "The Wednesday group [name] runs helped me feel heard" }] },
  { carer: true, ratings: [5, 5, 5, 4, 5, 5] },
  { ratings: [4, 3, 4, 4, 4, n] },
  { ratings: [3, n, 3, 2, 4, 2], comments: [{ statement: 6, raw: "I had to tell my story again at the college, which was hard", redacted: "I had to tell my story again at the college, which was hard" }] },
  { ratings: [5, 4, 4, 5, 5, 4] },
  {
    carer: true,
    ratings: [4, 4, 5, 4, 3, 3],
    comments: [{ statement: 2, raw: "They rang me when my son missed two groups. Ask for Debbie, she is lovely", redacted: "They rang me when my son missed two groups. Ask for [name], she is lovely" }],
  },
  { ratings: [5, n, 5, 5, 5, 4] },
  { ratings: [2, 2, 3, 3, 4, n], comments: [{ statement: 4, raw: "Nobody asked about my drinking. I would have liked them to", redacted: "Nobody asked about my drinking. I would have liked them to" }] },
  { ratings: [4, 4, 4, n, 4, 4] },
  { carer: true, ratings: [5, 5, 4, 4, 5, 3] },
  { ratings: [4, n, 5, 4, n, 3] },
  { ratings: [3, 3, 4, 3, 4, 2], comments: [{ statement: 3, raw: "The easy read leaflets are good but the website is hard to use", redacted: "The easy read leaflets are good but the website is hard to use" }] },
  { ratings: [5, 4, 5, 5, 5, 5], comments: [{ statement: 5, raw: "I always know who my peer worker is. Her number is 07700 900461", redacted: "I always know who my peer worker is. Her number is [phone number]" }] },
];

const HARBOUR_RESPONSES: DemoResponse[] = [
  { ratings: [5, 3, 4, 5, 4, n], comments: [{ statement: 4, raw: "Staff here treat me like a person, not an addict", redacted: "Staff here treat me like a person, not an addict" }] },
  { carer: true, ratings: [4, 2, n, 4, 3, 3] },
  { ratings: [3, n, 4, 4, 5, 2], comments: [{ statement: 5, raw: "My key worker Jo calls me back the same day", redacted: "My key worker [name] calls me back the same day" }] },
  { ratings: [4, 4, 4, 3, 4, 4] },
];

/** The spring just gone: this year's if it is over, otherwise last year's. */
function lastSpring(today: IsoDate): { startsOn: IsoDate; endsOn: IsoDate } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const y = month >= 6 ? year : year - 1;
  return { startsOn: `${y}-04-13`, endsOn: `${y}-05-10` };
}

export async function seedDemoFeedback(tx: Tx, ctx: DemoFeedbackContext, today: IsoDate = todayInLondon()): Promise<void> {
  const need = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo feedback names an unknown ${key}`);
    return id;
  };

  const riverside = { id: need(ctx.organisations, "riverside-peer-support"), admin: need(ctx.users, "admin@riverside-peer-support.demo.test") };
  const spring = lastSpring(today);
  const riversideRound = {
    ...spring,
    services: "Our peer support groups and the recovery college courses",
    responses: RIVERSIDE_RESPONSES,
  };
  const closedOn = closeDateAtEnd(spring.endsOn);
  const roundId = await seedRound(tx, riverside, { ...riversideRound, linkCode: DEMO_FEEDBACK_LINK_CODES.riverside });
  const evidenceItemId = await seedRoundEvidence(tx, riverside.id, riversideRound, closedOn);
  const closedAt = new Date(`${closedOn}T00:10:00Z`);
  await tx.feedbackRound.update({ where: { id: roundId }, data: { status: "CLOSED", closedAt, evidenceItemId } });
  await tx.auditEvent.create({
    data: {
      at: closedAt,
      actorUserId: null,
      organisationId: riverside.id,
      action: "feedback_round.closed",
      entityType: "FeedbackRound",
      entityId: roundId,
      before: { status: "OPEN" },
      after: { status: "CLOSED", reason: "END_DATE_PASSED", closedOn, evidenceItemId, enoughAnswers: true },
    },
  });

  const harbour = { id: need(ctx.organisations, "harbour-recovery"), admin: need(ctx.users, "admin@harbour-recovery.demo.test") };
  await seedRound(tx, harbour, {
    startsOn: addDays(today, -6),
    endsOn: addDays(today, 22),
    services: "Our drop-in recovery café and the evening mutual aid groups",
    responses: HARBOUR_RESPONSES,
    linkCode: DEMO_FEEDBACK_LINK_CODES.harbour,
    answeredUntil: today,
  });
}

type DemoRound = { startsOn: IsoDate; endsOn: IsoDate; services: string; responses: DemoResponse[]; linkCode: string; answeredUntil?: IsoDate };

/** An OPEN round opened by the admin two days before it started, with its answers spread over the days it ran. */
async function seedRound(tx: Tx, organisation: { id: string; admin: string }, round: DemoRound): Promise<string> {
  const openedAt = new Date(`${addDays(round.startsOn, -2)}T10:30:00Z`);
  const created = await tx.feedbackRound.create({
    data: {
      organisationId: organisation.id,
      linkCode: round.linkCode,
      startsOn: isoDateToDb(round.startsOn),
      endsOn: isoDateToDb(round.endsOn),
      services: round.services,
      createdById: organisation.admin,
      createdAt: openedAt,
    },
    select: { id: true },
  });
  await tx.auditEvent.create({
    data: {
      at: openedAt,
      actorUserId: organisation.admin,
      organisationId: organisation.id,
      action: "feedback_round.opened",
      entityType: "FeedbackRound",
      entityId: created.id,
      after: { status: "OPEN", startsOn: round.startsOn, endsOn: round.endsOn, linkCode: round.linkCode },
    },
  });
  const lastDay = round.answeredUntil ?? round.endsOn;
  const days = Math.max(1, Math.round((Date.parse(lastDay) - Date.parse(round.startsOn)) / 86_400_000) + 1);
  for (const [i, response] of round.responses.entries()) {
    await tx.feedbackResponse.create({
      data: {
        // As the public form does: a random id, not a cuid (which carries the time it was made).
        id: randomUUID(),
        roundId: created.id,
        submittedOn: isoDateToDb(addDays(round.startsOn, Math.floor((i * days) / round.responses.length))),
        isCarer: response.carer ?? false,
        answers: {
          createMany: {
            data: response.ratings.map((rating, s) => {
              const comment = response.comments?.find((c) => c.statement === s + 1);
              return { statementNumber: s + 1, rating, comment: comment?.raw ?? "", redactedComment: comment?.redacted ?? "" };
            }),
          },
        },
      },
    });
  }
  return created.id;
}

/** The evidence item the round became when it closed, exactly as closing makes it. */
async function seedRoundEvidence(tx: Tx, organisationId: string, round: Omit<DemoRound, "linkCode">, closedOn: IsoDate): Promise<string> {
  const answers = round.responses.flatMap((r) => r.ratings.map((rating, s) => ({ statementNumber: s + 1, rating })));
  const summary = {
    startsOn: round.startsOn,
    endsOn: round.endsOn,
    services: round.services,
    responses: round.responses.length,
    carers: round.responses.filter((r) => r.carer).length,
    tallies: tallyAnswers(answers, round.responses.length),
  };
  const fields = {
    kind: "ACCOUNT" as const,
    title: evidenceTitle(summary),
    description: EVIDENCE_DESCRIPTION,
    evidenceDate: isoDateToDb(closedOn),
    type: "SERVICE_USER_FEEDBACK" as const,
    source: "PEOPLE_WHO_USE_SERVICE" as const,
    consentGiven: false,
    consentNote: null,
    url: null,
    body: evidenceBody(summary),
  };
  const createdAt = new Date(`${closedOn}T00:10:00Z`);
  const item = await tx.evidenceItem.create({ data: { ...fields, organisationId, createdById: null, updatedById: null, createdAt, updatedAt: createdAt }, select: { id: true } });
  await tx.evidenceHistory.create({ data: { evidenceId: item.id, organisationId, actorId: null, change: "CREATED", changes: createdChanges(snapshotOf({ ...fields, file: null })), createdAt } });
  return item.id;
}
