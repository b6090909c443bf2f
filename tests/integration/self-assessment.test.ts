import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { loadSelfAssessment } from "@/lib/self-assessment/load-self-assessment";
import { saveAnswer } from "@/lib/self-assessment/save-answer";
import { markStatementReady } from "@/lib/self-assessment/mark-statement-ready";
import { requestAssessment } from "@/lib/assessment-requests/request-assessment";
import { getAssessmentRequest, getLatestRequest, listAssessmentQueue } from "@/lib/assessment-requests/list-requests";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function criteria(statementNumber?: number) {
  return app.prisma.criterion.findMany({
    where: { statement: { frameworkVersion: { version: 1 }, ...(statementNumber ? { number: statementNumber } : {}) } },
    orderBy: [{ level: "asc" }, { position: "asc" }],
    select: { id: true, code: true, level: true, statement: { select: { number: true } } },
  });
}

const yes = { claim: "YES", account: "Our peer panel meets monthly and changed the welcome pack.", version: "" };

describe("answering the self-assessment", () => {
  it("saves a first answer, starting the self-assessment against the published standard", async () => {
    const member = await app.actorFor("member@elm-house.demo.test");
    const [first] = await criteria(2);
    expect((await loadSelfAssessment(member, "elm-house")).statusByStatement.get(2)).toBe("NOT_STARTED");
    expect(await saveAnswer(member, "elm-house", first!.id, yes)).toBe(1);
    const view = await loadSelfAssessment(member, "elm-house");
    expect(view.framework.version).toBe(1);
    expect(view.answers.get(first!.id)?.claim).toBe("YES");
    expect(view.statusByStatement.get(2)).toBe("IN_PROGRESS");
    expect(view.statusByStatement.get(3)).toBe("NOT_STARTED");
  });

  it("refuses a stale save so a colleague's words are not overwritten", async () => {
    const admin = await app.actorFor("admin@elm-house.demo.test");
    const [first] = await criteria(2);
    expect(await saveAnswer(admin, "elm-house", first!.id, { ...yes, version: "1" })).toBe(2);
    const error = await failure(saveAnswer(admin, "elm-house", first!.id, { ...yes, account: "Older text from another tab", version: "1" }));
    expect(error.kind).toBe("CONFLICT");
    expect((await loadSelfAssessment(admin, "elm-house")).answers.get(first!.id)?.account).toBe(yes.account);
  });

  it("asks for an account when the answer is yes or partly", async () => {
    const member = await app.actorFor("member@elm-house.demo.test");
    const [, second] = await criteria(2);
    const error = await failure(saveAnswer(member, "elm-house", second!.id, { claim: "PARTLY", account: "", version: "" }));
    expect(error.fieldErrors.account?.[0]).toMatch(/how you do this/);
    expect(await app.prisma.criterionAnswer.count({ where: { criterionId: second!.id, selfAssessment: { organisation: { slug: "elm-house" } } } })).toBe(0);
  });

  it("will not mark a statement ready until every criterion is answered", async () => {
    const member = await app.actorFor("member@elm-house.demo.test");
    const error = await failure(markStatementReady(member, "elm-house", 2, { ready: "yes" }));
    expect(error.fieldErrors.ready?.[0]).toMatch(/Still to answer: 2\.1\.b, 2\.1\.c, 2\.2\.a/);
  });
});

describe("requesting an assessment", () => {
  async function answerEverything(slug: string) {
    const admin = await app.actorFor(`admin@${slug}.demo.test`);
    for (const criterion of await criteria()) {
      const existing = await app.prisma.criterionAnswer.findFirst({ where: { criterionId: criterion.id, selfAssessment: { organisation: { slug } } } });
      await saveAnswer(admin, slug, criterion.id, { ...yes, claim: criterion.level === 1 ? "YES" : "NOT_YET", version: existing ? String(existing.version) : "" });
    }
    return admin;
  }

  it("needs every statement ready, and only an organisation admin may ask", async () => {
    const admin = await answerEverything("harbour-recovery");
    expect((await failure(requestAssessment(admin, "harbour-recovery"))).message).toMatch(/Not yet marked ready: statement 2, statement 3/);
    for (const n of [1, 2, 3, 4, 5, 6]) await markStatementReady(admin, "harbour-recovery", n, { ready: "yes" });
    expect((await failure(requestAssessment(await app.actorFor("member@harbour-recovery.demo.test"), "harbour-recovery"))).kind).toBe("NOT_FOUND");
  });

  it("freezes the answers and linked evidence, so later edits do not change what assessors see", async () => {
    const admin = await app.actorFor("admin@harbour-recovery.demo.test");
    const organisation = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "harbour-recovery" } });
    const [first] = await criteria(1);
    const evidence = await app.prisma.evidenceItem.create({
      data: {
        organisationId: organisation.id, kind: "ACCOUNT", title: "Members' forum minutes", evidenceDate: new Date("2026-06-01"),
        type: "MEETING_MINUTES", source: "PEOPLE_WHO_USE_SERVICE", body: "Members asked for evening groups; we started one in July.",
        links: { create: { criterionId: first!.id, organisationId: organisation.id } },
      },
    });
    const requestId = await requestAssessment(admin, "harbour-recovery");
    await app.prisma.evidenceItem.update({ where: { id: evidence.id }, data: { title: "Renamed afterwards" } });
    await saveAnswer(admin, "harbour-recovery", first!.id, { ...yes, account: "Changed after the request", version: String((await app.prisma.criterionAnswer.findFirstOrThrow({ where: { criterionId: first!.id, selfAssessment: { organisationId: organisation.id } } })).version) });

    const request = await getAssessmentRequest(await app.actorFor("scheme.admin@demo.test"), requestId);
    const titles = request.snapshot.evidence.map((e) => e.title);
    expect(titles).toContain("Members' forum minutes");
    expect(titles).not.toContain("Renamed afterwards");
    expect(request.snapshot.answers.find((a) => a.criterionId === first!.id)?.account).toBe(yes.account);
    expect(request.snapshot.framework.version).toBe(1);
    expect(request.selfAssessedLevel).toBe(request.snapshot.selfAssessedResult.overallLevel);
  });

  it("refuses a second request while one is open, and shows it in the scheme admin's queue", async () => {
    const admin = await app.actorFor("admin@harbour-recovery.demo.test");
    expect((await failure(requestAssessment(admin, "harbour-recovery"))).kind).toBe("CONFLICT");
    const queue = await listAssessmentQueue(await app.actorFor("scheme.admin@demo.test"));
    // Aire Valley's demo request is in the queue too, already assigned.
    expect(queue.map((r) => r.organisationSlug).filter((slug) => slug !== "aire-valley-carers")).toEqual(["harbour-recovery"]);
    expect((await getLatestRequest(admin, "harbour-recovery"))?.status).toBe("QUEUED");
    expect(await app.prisma.outboxEmail.count({ where: { to: "scheme.admin@demo.test", subject: { contains: "Harbour Recovery" } } })).toBe(1);
  });
});

describe("isolation of self-assessments", () => {
  it.each(["admin@northside-mind.demo.test", "member@northside-mind.demo.test"])("%s cannot read or change another organisation's self-assessment", async (email) => {
    const actor = await app.actorFor(email);
    const [first] = await criteria(1);
    expect((await failure(loadSelfAssessment(actor, "harbour-recovery"))).kind).toBe("NOT_FOUND");
    expect((await failure(saveAnswer(actor, "harbour-recovery", first!.id, yes))).kind).toBe("NOT_FOUND");
    expect((await failure(markStatementReady(actor, "harbour-recovery", 1, { ready: "no" }))).kind).toBe("NOT_FOUND");
    expect((await failure(requestAssessment(actor, "harbour-recovery"))).kind).toBe("NOT_FOUND");
    expect(await getLatestRequest(actor, "harbour-recovery")).toBeNull();
    expect((await failure(listAssessmentQueue(actor))).kind).toBe("FORBIDDEN");
  });

  it("lets a scheme admin read a self-assessment but not change it; commissioners and assessors see none", async () => {
    const [first] = await criteria(1);
    const schemeAdmin = await app.actorFor("scheme.admin@demo.test");
    expect((await loadSelfAssessment(schemeAdmin, "harbour-recovery")).answers.size).toBeGreaterThan(0);
    expect((await failure(saveAnswer(schemeAdmin, "harbour-recovery", first!.id, yes))).kind).toBe("NOT_FOUND");
    for (const email of ["commissioner@demo.test", "assessor.one@demo.test"]) {
      expect((await failure(loadSelfAssessment(await app.actorFor(email), "harbour-recovery"))).kind).toBe("NOT_FOUND");
    }
  });

  it("refuses a criterion id from a draft version of the standard", async () => {
    const schemeAdmin = await app.actorFor("scheme.admin@demo.test");
    const { draftNewVersion } = await import("@/lib/standard/manage-versions");
    const version = await draftNewVersion(schemeAdmin);
    const draftCriterion = await app.prisma.criterion.findFirstOrThrow({ where: { statement: { frameworkVersion: { version } } } });
    const member = await app.actorFor("member@elm-house.demo.test");
    expect((await failure(saveAnswer(member, "elm-house", draftCriterion.id, yes))).kind).toBe("NOT_FOUND");
  });
});
