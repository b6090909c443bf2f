// Feedback rounds from the organisation's side on a real database: opening one (and every reason
// it is refused), listing and reading rounds, and that nobody outside the organisation reaches them.
import { beforeAll, describe, expect, it } from "vitest";
import { todayInLondon } from "@/lib/dates";
import { closeFeedbackRound } from "@/lib/feedback/rounds/close-round";
import { addDays } from "@/lib/feedback/rounds/dates";
import { getFeedbackRound } from "@/lib/feedback/rounds/get-round";
import { isLinkCode } from "@/lib/feedback/rounds/link-code";
import { listFeedbackRounds } from "@/lib/feedback/rounds/list-rounds";
import { openFeedbackRound } from "@/lib/feedback/rounds/open-round";
import { VISIT_UNDER_WAY_MESSAGE } from "@/lib/feedback/rounds/opening-blocker";
import { getFeedbackResults } from "@/lib/feedback/rounds/results";
import { seededAppDatabase } from "./setup/app-database";
import { addResponses, createRound, demoRoundId, ensureDemoFeedback, refusal } from "./feedback-rounds-fixtures";

const app = seededAppDatabase();
const today = todayInLondon();

function roundInput(startsOn: string, endsOn: string, services = "Our Tuesday and Thursday peer support groups") {
  const parts = (date: string) => date.split("-");
  const [startYear, startMonth, startDay] = parts(startsOn);
  const [endYear, endMonth, endDay] = parts(endsOn);
  return { startDay, startMonth, startYear, endDay, endMonth, endYear, services };
}

const roundsOf = async (slug: string) => app.prisma.feedbackRound.findMany({ where: { organisation: { slug } }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await ensureDemoFeedback(app.prisma);
});

describe("opening a feedback round", () => {
  it("gives the organisation's admin a round with a fresh link code, recorded in the audit history without the services text", async () => {
    const admin = await app.actorFor("admin@elm-house.demo.test");
    const { id } = await openFeedbackRound(admin, "elm-house", roundInput(addDays(today, 1), addDays(today, 30), "Our crisis house and the move-on flats"));
    const round = await app.prisma.feedbackRound.findUniqueOrThrow({ where: { id } });
    expect(isLinkCode(round.linkCode)).toBe(true);
    expect(round).toMatchObject({ status: "OPEN", services: "Our crisis house and the move-on flats", createdById: admin.userId, evidenceItemId: null });
    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "FeedbackRound", entityId: id } });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([["feedback_round.opened", admin.userId]]);
    expect(JSON.stringify(audit[0]?.after)).not.toContain("crisis house");
  });

  it("is refused, with the reason, while another round is open", async () => {
    const admin = await app.actorFor("admin@elm-house.demo.test");
    const error = await refusal(openFeedbackRound(admin, "elm-house", roundInput(addDays(today, 40), addDays(today, 60))));
    expect(error.kind).toBe("INVALID");
    expect(error.message).toMatch(/^You already have a feedback round open \(.+\)\. You can open another once it has closed/);
    expect(await roundsOf("elm-house")).toHaveLength(1);
  });

  it("refuses dates that break the rules, saying what is wrong with each, and saves nothing", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const error = await refusal(openFeedbackRound(admin, "northside-mind", roundInput(addDays(today, -1), addDays(today, -2), "")));
    expect(error.kind).toBe("INVALID");
    expect(error.fieldErrors).toEqual({
      startsOn: ["The start date must be today or in the future"],
      endsOn: ["The end date must be after the start date"],
      services: ["Enter which of your services the round is about"],
    });
    const tooLong = await refusal(openFeedbackRound(admin, "northside-mind", roundInput(today, addDays(today, 100))));
    expect(tooLong.fieldErrors.endsOn?.[0]).toMatch(/^A round can last up to 3 months/);
    expect((await refusal(openFeedbackRound(admin, "northside-mind", "not a form"))).kind).toBe("INVALID");
    expect(await roundsOf("northside-mind")).toHaveLength(0);
  });

  it("is refused while an assessment visit is in progress, at every stage, and allowed once it is over", async () => {
    const admin = await app.actorFor("admin@aire-valley-carers.demo.test");
    const visit = await app.prisma.visit.findFirstOrThrow({ where: { organisation: { slug: "aire-valley-carers" } } });
    expect(visit.status).toBe("REPORT_SUBMITTED");
    try {
      for (const status of ["REPORT_SUBMITTED", "SCHEDULED", "IN_PROGRESS"] as const) {
        await app.prisma.visit.update({ where: { id: visit.id }, data: { status } });
        const error = await refusal(openFeedbackRound(admin, "aire-valley-carers", roundInput(today, addDays(today, 14))));
        expect([status, error.kind, error.message]).toEqual([status, "INVALID", VISIT_UNDER_WAY_MESSAGE]);
      }
      expect(await roundsOf("aire-valley-carers")).toHaveLength(0);
      await app.prisma.visit.update({ where: { id: visit.id }, data: { status: "CLOSED" } });
      const { id } = await openFeedbackRound(admin, "aire-valley-carers", roundInput(today, addDays(today, 14)));
      await app.prisma.feedbackRound.delete({ where: { id } });
    } finally {
      await app.prisma.visit.update({ where: { id: visit.id }, data: { status: "REPORT_SUBMITTED" } });
    }
  });

  it("first closes a round past its end date, so it no longer counts as open", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const old = await createRound(app.prisma, "northside-mind", { startsOn: addDays(today, -40), endsOn: addDays(today, -10) });
    await openFeedbackRound(admin, "northside-mind", roundInput(today, addDays(today, 20)));
    expect((await roundsOf("northside-mind")).map((r) => r.status)).toEqual(["CLOSED", "OPEN"]);
    const closed = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: old, action: "feedback_round.closed" } });
    expect(closed.after).toMatchObject({ reason: "END_DATE_PASSED", closedOn: addDays(today, -9), evidenceItemId: null });
  });

  it("tries another link code when the one it drew is taken", async () => {
    const admin = await app.actorFor("admin@riverside-peer-support.demo.test");
    const codes = ["hrbr7k2m", "rvrsd4p6", "k7m2p9qz"];
    const { id } = await openFeedbackRound(admin, "riverside-peer-support", roundInput(addDays(today, 2), addDays(today, 9)), { newLinkCode: () => codes.shift() ?? "zzzzzzzz" });
    expect((await app.prisma.feedbackRound.findUniqueOrThrow({ where: { id } })).linkCode).toBe("k7m2p9qz");
    await app.prisma.feedbackRound.delete({ where: { id } });
  });

  it("does not exist for members, other organisations' admins, commissioners, assessors or the scheme team", async () => {
    const before = await app.prisma.feedbackRound.count();
    for (const email of ["member@harbour-recovery.demo.test", "admin@riverside-peer-support.demo.test", "commissioner@demo.test", "assessor.one@demo.test", "scheme.admin@demo.test"]) {
      const actor = await app.actorFor(email);
      expect((await refusal(openFeedbackRound(actor, "harbour-recovery", roundInput(today, addDays(today, 14))))).kind, email).toBe("NOT_FOUND");
    }
    const admin = await app.actorFor("admin@harbour-recovery.demo.test");
    expect((await refusal(openFeedbackRound(admin, "no-such-organisation", roundInput(today, addDays(today, 14))))).kind).toBe("NOT_FOUND");
    expect(await app.prisma.feedbackRound.count()).toBe(before);
  });
});

describe("listing and reading rounds", () => {
  it("shows members the rounds with the answer count hidden as 'Fewer than 10' until 10 are in", async () => {
    const member = await app.actorFor("member@harbour-recovery.demo.test");
    const roundId = await demoRoundId(app.prisma, "harbour");
    const list = await listFeedbackRounds(member, "harbour-recovery");
    expect(list.rounds.map((r) => [r.id, r.phase, r.answers])).toEqual([[roundId, "TAKING_ANSWERS", "Fewer than 10"]]);
    expect(list.blocker).toMatch(/^You already have a feedback round open/);
    await addResponses(app.prisma, roundId, 5, { on: today });
    expect((await listFeedbackRounds(member, "harbour-recovery")).rounds[0]?.answers).toBe("Fewer than 10");
    await addResponses(app.prisma, roundId, 1, { on: today });
    expect((await listFeedbackRounds(member, "harbour-recovery")).rounds[0]?.answers).toBe("10");
  });

  it("shows a round's details with its absolute public link", async () => {
    const member = await app.actorFor("member@harbour-recovery.demo.test");
    const round = await getFeedbackRound(member, "harbour-recovery", await demoRoundId(app.prisma, "harbour"));
    expect(round.link.url).toMatch(/^https?:\/\/[^/]+\/feedback\/hrbr7k2m$/);
    expect(round.link.short).toBe(round.link.url.replace(/^https?:\/\//, ""));
    expect(round).toMatchObject({ phase: "TAKING_ANSWERS", closedOn: null, evidenceItemId: null, services: "Our drop-in recovery café and the evening mutual aid groups" });
  });

  it("closes a round past its end date when a page reads it, dated the day after its end", async () => {
    const admin = await app.actorFor("admin@elm-house.demo.test");
    const [round] = await roundsOf("elm-house");
    if (!round) throw new Error("Elm House's round is missing");
    const endsOn = round.endsOn.toISOString().slice(0, 10);
    const read = await getFeedbackRound(admin, "elm-house", round.id, { today: addDays(endsOn, 5) });
    expect(read.phase).toBe("CLOSED");
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: round.id, action: "feedback_round.closed" } });
    expect(audit.after).toMatchObject({ reason: "END_DATE_PASSED", closedOn: addDays(endsOn, 1) });
  });

  it("is NOT_FOUND, for every service, outside the organisation and for made-up ids, and nothing changes", async () => {
    const roundId = await demoRoundId(app.prisma, "harbour");
    for (const email of ["admin@riverside-peer-support.demo.test", "commissioner@demo.test", "assessor.one@demo.test", "scheme.admin@demo.test"]) {
      const actor = await app.actorFor(email);
      for (const call of [
        () => listFeedbackRounds(actor, "harbour-recovery"),
        () => getFeedbackRound(actor, "harbour-recovery", roundId),
        () => getFeedbackResults(actor, "harbour-recovery", roundId),
        () => closeFeedbackRound(actor, "harbour-recovery", roundId),
      ]) {
        expect((await refusal(call())).kind, email).toBe("NOT_FOUND");
      }
    }
    // Another organisation's round through one's own organisation's address.
    const riverside = await app.actorFor("admin@riverside-peer-support.demo.test");
    for (const call of [() => getFeedbackRound(riverside, "riverside-peer-support", roundId), () => getFeedbackResults(riverside, "riverside-peer-support", roundId), () => closeFeedbackRound(riverside, "riverside-peer-support", roundId)]) {
      expect((await refusal(call())).kind).toBe("NOT_FOUND");
    }
    const harbour = await app.actorFor("admin@harbour-recovery.demo.test");
    for (const crafted of ["crafted", "", "' OR 1=1 --", await demoRoundId(app.prisma, "riverside")]) {
      expect((await refusal(getFeedbackRound(harbour, "harbour-recovery", crafted))).kind).toBe("NOT_FOUND");
      expect((await refusal(closeFeedbackRound(harbour, "harbour-recovery", crafted))).kind).toBe("NOT_FOUND");
    }
    // Members read rounds but cannot close them.
    const member = await app.actorFor("member@harbour-recovery.demo.test");
    expect((await refusal(closeFeedbackRound(member, "harbour-recovery", roundId))).kind).toBe("NOT_FOUND");
    expect((await app.prisma.feedbackRound.findUniqueOrThrow({ where: { id: roundId } })).status).toBe("OPEN");
  });
});
