// Closing feedback rounds on a real database: by the admin, by a page past the end date and by the
// daily job, each once however many run at the same time; the evidence item a round with enough
// answers becomes; and results that stay hidden below the threshold and never show a raw comment.
import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/prisma-factory";
import { formatIsoDate, todayInLondon } from "@/lib/dates";
import { getEvidence } from "@/lib/evidence/get-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { closeFeedbackRound } from "@/lib/feedback/rounds/close-round";
import { addDays } from "@/lib/feedback/rounds/dates";
import { getFeedbackRound } from "@/lib/feedback/rounds/get-round";
import { getFeedbackResults } from "@/lib/feedback/rounds/results";
import { closeFeedbackRounds } from "@/lib/jobs/handlers/close-feedback-rounds";
import { seededAppDatabase } from "./setup/app-database";
import { RAW_COMMENT, REDACTED_COMMENT, addResponses, createRound, demoRoundId, ensureDemoFeedback, refusal } from "./feedback-rounds-fixtures";

const app = seededAppDatabase();
const today = todayInLondon();
const FEEDBACK_TITLE = "Feedback from people who use our services";

const feedbackEvidence = (slug: string) => app.prisma.evidenceItem.findMany({ where: { organisation: { slug }, title: { startsWith: FEEDBACK_TITLE } } });

beforeAll(async () => {
  await ensureDemoFeedback(app.prisma);
});

describe("closing with fewer than 10 answers", () => {
  it("makes no evidence item and keeps every result hidden, numbers included", async () => {
    const admin = await app.actorFor("admin@harbour-recovery.demo.test");
    const roundId = await demoRoundId(app.prisma, "harbour");
    expect(await closeFeedbackRound(admin, "harbour-recovery", roundId)).toEqual({ evidenceItemId: null });
    const round = await app.prisma.feedbackRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.status).toBe("CLOSED");
    expect(round.closedAt).not.toBeNull();
    expect(await getFeedbackResults(admin, "harbour-recovery", roundId)).toEqual({ visible: false, reason: "TOO_FEW" });
    expect((await getFeedbackRound(admin, "harbour-recovery", roundId)).answers).toBe("Fewer than 10");
    expect(await feedbackEvidence("harbour-recovery")).toHaveLength(0);
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: roundId, action: "feedback_round.closed" } });
    expect(audit.after).toEqual({ status: "CLOSED", reason: "CLOSED_BY_ADMIN", closedOn: today, evidenceItemId: null, enoughAnswers: false });
  });

  it("refuses to close a round twice", async () => {
    const admin = await app.actorFor("admin@harbour-recovery.demo.test");
    const error = await refusal(closeFeedbackRound(admin, "harbour-recovery", await demoRoundId(app.prisma, "harbour")));
    expect([error.kind, error.message]).toEqual(["CONFLICT", "This feedback round has already closed. Nothing has been changed."]);
  });
});

describe("closing with 10 or more answers", () => {
  let roundId = "";

  beforeAll(async () => {
    roundId = await createRound(app.prisma, "northside-mind", { startsOn: addDays(today, -5), endsOn: addDays(today, 5) });
    await addResponses(app.prisma, roundId, 12, { carers: 3 });
  });

  it("keeps results hidden while the round is open, however many have answered", async () => {
    const member = await app.actorFor("member@northside-mind.demo.test");
    expect(await getFeedbackResults(member, "northside-mind", roundId)).toEqual({ visible: false, reason: "NOT_CLOSED" });
  });

  it("makes exactly one evidence item when two closes race", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const outcomes = await Promise.allSettled([closeFeedbackRound(admin, "northside-mind", roundId), closeFeedbackRound(admin, "northside-mind", roundId), closeFeedbackRound(admin, "northside-mind", roundId)]);
    const done = outcomes.filter((o) => o.status === "fulfilled");
    expect(done).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toMatchObject({ kind: "CONFLICT" });

    const items = await feedbackEvidence("northside-mind");
    expect(items).toHaveLength(1);
    const round = await app.prisma.feedbackRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.evidenceItemId).toBe(items[0]?.id);
    expect(await app.prisma.evidenceHistory.findMany({ where: { evidenceId: items[0]?.id }, select: { change: true, actorId: true } })).toEqual([{ change: "CREATED", actorId: admin.userId }]);
    expect(await app.prisma.auditEvent.count({ where: { entityId: roundId, action: "feedback_round.closed" } })).toBe(1);
  });

  it("puts the evidence in the library, dated the day it closed, with counts and never a comment", async () => {
    const member = await app.actorFor("member@northside-mind.demo.test");
    const { evidenceItemId } = await app.prisma.feedbackRound.findUniqueOrThrow({ where: { id: roundId } });
    const library = await listEvidence(member, "northside-mind");
    expect(library.items.map((i) => i.id)).toContain(evidenceItemId);
    const item = await getEvidence(member, "northside-mind", evidenceItemId ?? "");
    expect(item).toMatchObject({ kind: "ACCOUNT", type: "SERVICE_USER_FEEDBACK", source: "PEOPLE_WHO_USE_SERVICE", evidenceDate: today, consentGiven: false });
    expect(item.title).toBe(`${FEEDBACK_TITLE}, ${formatIsoDate(addDays(today, -5))} to ${formatIsoDate(addDays(today, 5))} (12 answers)`);
    expect(item.body).toContain("3 of the 12 answers (25%) came from carers or family members.");
    expect(item.body).toContain("I don't know: 4.");
    for (const words of [RAW_COMMENT, REDACTED_COMMENT, "Dawn Smith", "07700"]) expect(item.body).not.toContain(words);
  });

  it("shows members the distribution, how many were carers and the redacted comments, never the raw ones", async () => {
    const member = await app.actorFor("member@northside-mind.demo.test");
    const results = await getFeedbackResults(member, "northside-mind", roundId);
    if (!results.visible) throw new Error("The results should be visible");
    expect(results).toMatchObject({ responses: 12, carers: 3 });
    expect(results.tallies[0]).toMatchObject({ statementNumber: 1, counts: { 1: 3, 2: 3, 3: 2, 4: 2, 5: 2 }, dontKnow: 0, rated: 12 });
    expect(results.tallies[1]).toMatchObject({ statementNumber: 2, dontKnow: 4, rated: 8 });
    expect(results.comments).toEqual([{ statementNumber: 1, comments: [REDACTED_COMMENT] }]);
    const everything = JSON.stringify(results);
    for (const words of [RAW_COMMENT, "Dawn Smith", "07700 900999", "Canal Road"]) expect(everything).not.toContain(words);
  });
});

describe("the daily job", () => {
  it("closes each round past its end date once, even when two instances run at the same moment", async () => {
    const withAnswers = await createRound(app.prisma, "elm-house", { startsOn: addDays(today, -30), endsOn: addDays(today, -2) });
    await addResponses(app.prisma, withAnswers, 11, { carers: 1 });
    const fewAnswers = await createRound(app.prisma, "aire-valley-carers", { startsOn: addDays(today, -20), endsOn: addDays(today, -1) });
    await addResponses(app.prisma, fewAnswers, 2);
    const stillOpen = await createRound(app.prisma, "riverside-peer-support", { startsOn: addDays(today, -1), endsOn: today });

    const secondInstance = createClient(process.env.DATABASE_URL ?? "", 2);
    try {
      const closed = await Promise.all([closeFeedbackRounds(app.prisma, { today }), closeFeedbackRounds(secondInstance, { today })]);
      expect(closed[0] + closed[1]).toBe(2);
      expect(await closeFeedbackRounds(secondInstance, { today })).toBe(0);
    } finally {
      await secondInstance.$disconnect();
    }

    const rounds = await app.prisma.feedbackRound.findMany({ where: { id: { in: [withAnswers, fewAnswers, stillOpen] } } });
    const byId = new Map(rounds.map((r) => [r.id, r]));
    expect([byId.get(withAnswers)?.status, byId.get(fewAnswers)?.status, byId.get(stillOpen)?.status]).toEqual(["CLOSED", "CLOSED", "OPEN"]);
    expect(byId.get(fewAnswers)?.evidenceItemId).toBeNull();
    const items = await feedbackEvidence("elm-house");
    expect(items.map((i) => [i.id, i.evidenceDate.toISOString().slice(0, 10), i.createdById])).toEqual([[byId.get(withAnswers)?.evidenceItemId, addDays(today, -1), null]]);
    expect(await feedbackEvidence("aire-valley-carers")).toHaveLength(0);
    expect(await app.prisma.auditEvent.count({ where: { entityId: { in: [withAnswers, fewAnswers] }, action: "feedback_round.closed", actorUserId: null } })).toBe(2);
  });
});

describe("the demo data", () => {
  it("has Riverside's closed spring round with its results, its carers and redacted comments, and its evidence item", async () => {
    const admin = await app.actorFor("admin@riverside-peer-support.demo.test");
    const roundId = await demoRoundId(app.prisma, "riverside");
    const round = await getFeedbackRound(admin, "riverside-peer-support", roundId);
    expect(round).toMatchObject({ phase: "CLOSED", answers: "14" });
    expect(round.startsOn.slice(5)).toBe("04-13");
    const results = await getFeedbackResults(admin, "riverside-peer-support", roundId);
    if (!results.visible) throw new Error("Riverside's results should be visible");
    expect(results).toMatchObject({ responses: 14, carers: 3 });
    expect(results.tallies.reduce((sum, t) => sum + t.dontKnow, 0)).toBeGreaterThan(0);
    const comments = results.comments.flatMap((g) => g.comments);
    expect(comments).toContain("The Wednesday group [name] runs helped me feel heard");
    for (const raw of ["Sam", "Debbie", "07700"]) expect(JSON.stringify(results)).not.toContain(raw);
    const library = await listEvidence(admin, "riverside-peer-support");
    expect(library.items.find((i) => i.id === round.evidenceItemId)?.title).toMatch(/^Feedback from people who use our services, 13 April \d{4} to 10 May \d{4} \(14 answers\)$/);
  });

  it("has Harbour Recovery's round at the fixed link, running from before today to after it, with 4 answers", async () => {
    const round = await app.prisma.feedbackRound.findUniqueOrThrow({ where: { linkCode: "hrbr7k2m" }, include: { _count: { select: { responses: true } }, organisation: { select: { slug: true } } } });
    expect([round.organisation.slug, round._count.responses]).toEqual(["harbour-recovery", 4]);
    expect(round.startsOn.toISOString().slice(0, 10) < today && round.endsOn.toISOString().slice(0, 10) > today).toBe(true);
  });
});
