// The visit record on a real database: who may see and write it, each assessor writing only
// their own rows, the plain-English refusals, and the lead's submission with the engine's result.
// The visit is real: Northside Mind asks (so the snapshot is the one the app freezes) and the
// scheme admin assigns Dawn (lead) and Marcus.
import { beforeAll, describe, expect, it } from "vitest";
import { getVisitForAssessor } from "@/lib/visit-record/get-visit";
import { recordEvidenceReview } from "@/lib/visit-record/record-evidence-review";
import { recordCriterionRating } from "@/lib/visit-record/record-criterion-rating";
import { recordConversation } from "@/lib/visit-record/record-conversation";
import { submitReport } from "@/lib/visit-record/submit-report";
import { buildVerifiedInput } from "@/lib/visit-record/scoring-input";
import { scoreOrganisation } from "@/lib/scoring";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { AppError } from "@/lib/errors";
import { requestAssessment } from "@/lib/assessment-requests/request-assessment";
import { assignVisit } from "@/lib/visits/assign-visit";
import { seedDemoAssessors } from "@/lib/seed/demo-assessors";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();

const DAWN = "assessor.one@demo.test";
const MARCUS = "assessor.two@demo.test";
const VISIT_DATE = "2026-11-23";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function northsideVisit(): Promise<{ visitId: string; snapshot: AssessmentSnapshot }> {
  if ((await app.prisma.assessorProfile.count()) === 0) {
    const organisations = new Map((await app.prisma.organisation.findMany({ select: { slug: true, id: true } })).map((o) => [o.slug, o.id]));
    const users = new Map((await app.prisma.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
    await seedDemoAssessors(app.prisma, { organisations, users });
  }
  const requestId = await requestAssessment(await app.actorFor("admin@northside-mind.demo.test"), "northside-mind");
  const [visitYear, visitMonth, visitDay] = VISIT_DATE.split("-");
  const choice = { leadUserId: (await app.actorFor(DAWN)).userId, coAssessorUserId: (await app.actorFor(MARCUS)).userId, visitDay, visitMonth, visitYear };
  const visitId = await assignVisit(await app.actorFor("scheme.admin@demo.test"), requestId, choice, { today: VISIT_DATE });
  const request = await app.prisma.assessmentRequest.findUniqueOrThrow({ where: { id: requestId } });
  return { visitId, snapshot: request.snapshot as unknown as AssessmentSnapshot };
}

let visitId = "";
let snapshot: AssessmentSnapshot;
const criteria = () => snapshot.statements.flatMap((s) => s.criteria);
const conversation = { peopleWhoUseService: "4", carers: "1", staff: "2", how: "Drop-in chat", notes: "Warm welcome." };

beforeAll(async () => {
  ({ visitId, snapshot } = await northsideVisit());
  // A third assessor who is not on this visit.
  const scheme = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "leeds-coproduction-quality-mark" } });
  await app.prisma.user.create({ data: { email: "assessor.three@demo.test", name: "Sam Price", memberships: { create: { organisationId: scheme.id, role: "ASSESSOR" } } } });
});

describe("who may reach a visit", () => {
  it("is NOT_FOUND for everyone but its two assessors, for every service", async () => {
    const evidenceId = snapshot.evidence[0]?.id ?? "";
    const criterionId = criteria()[0]?.id ?? "";
    for (const email of ["assessor.three@demo.test", "admin@northside-mind.demo.test", "commissioner@demo.test", "scheme.admin@demo.test"]) {
      const actor = await app.actorFor(email);
      for (const call of [
        () => getVisitForAssessor(actor, visitId),
        () => recordEvidenceReview(actor, visitId, evidenceId, { decision: "ACCEPTED" }),
        () => recordCriterionRating(actor, visitId, criterionId, { rating: "MET", observation: "x" }),
        () => recordConversation(actor, visitId, 1, conversation),
        () => submitReport(actor, visitId),
      ]) {
        expect((await rejection(call())).kind, email).toBe("NOT_FOUND");
      }
    }
    expect(await app.prisma.visitEvidenceReview.count({ where: { visitId } })).toBe(0);
    expect((await app.prisma.visit.findUniqueOrThrow({ where: { id: visitId } })).status).toBe("SCHEDULED");
  });

  it("ends for the assessors when the visit is closed", async () => {
    await app.prisma.visit.update({ where: { id: visitId }, data: { status: "CLOSED" } });
    try {
      const dawn = await app.actorFor(DAWN);
      expect((await rejection(getVisitForAssessor(dawn, visitId))).kind).toBe("NOT_FOUND");
      expect((await rejection(recordConversation(dawn, visitId, 1, conversation))).kind).toBe("NOT_FOUND");
    } finally {
      await app.prisma.visit.update({ where: { id: visitId }, data: { status: "SCHEDULED" } });
    }
  });
});

describe("recording", () => {
  it("refuses a rejection without a reason and a NOT_MET without an observation, in plain English", async () => {
    const dawn = await app.actorFor(DAWN);
    const noReason = await rejection(recordEvidenceReview(dawn, visitId, snapshot.evidence[0]?.id ?? "", { decision: "REJECTED", reason: "  " }));
    expect(noReason.fieldErrors).toEqual({ reason: ["Say why you do not accept this evidence"] });
    const noObservation = await rejection(recordCriterionRating(dawn, visitId, criteria()[0]?.id ?? "", { rating: "NOT_MET" }));
    expect(noObservation.fieldErrors).toEqual({ observation: ["Say what you saw or heard that shows this is not met"] });
    const tooMany = await rejection(recordConversation(dawn, visitId, 1, { ...conversation, staff: "201" }));
    expect(tooMany.fieldErrors).toEqual({ staff: ["Staff: the most you can write is 200"] });
    expect((await rejection(recordEvidenceReview(dawn, visitId, "crafted", { decision: "ACCEPTED" }))).kind).toBe("NOT_FOUND");
  });

  it("writes only the assessor's own rows and starts the visit on the first save", async () => {
    const dawn = await app.actorFor(DAWN);
    const marcus = await app.actorFor(MARCUS);
    const criterionId = criteria()[0]?.id ?? "";
    await recordCriterionRating(dawn, visitId, criterionId, { rating: "MET", observation: "Staff knew every member by name." });
    expect((await app.prisma.visit.findUniqueOrThrow({ where: { id: visitId } })).status).toBe("IN_PROGRESS");
    await recordCriterionRating(marcus, visitId, criterionId, { rating: "NOT_MET", observation: "Two people said they felt like a number." });
    // Dawn saving again changes only her row.
    await recordCriterionRating(dawn, visitId, criterionId, { rating: "MET", observation: "Changed my wording." });
    const rows = await app.prisma.visitCriterionRating.findMany({ where: { visitId, criterionId }, orderBy: { assessorUserId: "asc" } });
    expect(rows.map((r) => [r.assessorUserId, r.rating, r.observation]).sort()).toEqual(
      [[dawn.userId, "MET", "Changed my wording."], [marcus.userId, "NOT_MET", "Two people said they felt like a number."]].sort(),
    );
    const view = await getVisitForAssessor(marcus, visitId);
    expect(view.me).toMatchObject({ name: "Marcus Bell", isLead: false });
    expect(view.partner).toMatchObject({ name: "Dawn Hughes", isLead: true });
    expect(view.records.ratings).toHaveLength(2);
  });
});

describe("submitting the report", () => {
  it("is refused for the co-assessor, and for the lead while there are gaps and disagreements", async () => {
    const marcus = await app.actorFor(MARCUS);
    expect((await rejection(submitReport(marcus, visitId))).kind).toBe("FORBIDDEN");
    const refused = await rejection(submitReport(await app.actorFor(DAWN), visitId));
    expect(refused.kind).toBe("INVALID");
    const lines = refused.fieldErrors.report ?? [];
    expect(lines).toContain("Statement 2: Dawn Hughes has not recorded anything yet.");
    expect(lines).toContain("Statement 2: Marcus Bell has not recorded anything yet.");
    expect(lines.some((l) => l.includes("Dawn Hughes rated it met and Marcus Bell rated it not met"))).toBe(true);
    expect(await app.prisma.visitReport.count({ where: { visitId } })).toBe(0);
  });

  it("stores the lead's decisions and the engine's verified result, once", async () => {
    const dawn = await app.actorFor(DAWN);
    const marcus = await app.actorFor(MARCUS);
    const [first, ...rest] = snapshot.evidence;
    if (first) await recordEvidenceReview(dawn, visitId, first.id, { decision: "REJECTED", reason: "Dated after the event it describes." });
    for (const e of rest) await recordEvidenceReview(dawn, visitId, e.id, { decision: "ACCEPTED" });
    for (const c of criteria()) await recordCriterionRating(dawn, visitId, c.id, { rating: "MET", observation: `Saw ${c.code} in practice.` });
    // Marcus resolves the disagreement by changing his own rating; he records every statement.
    await recordCriterionRating(marcus, visitId, criteria()[0]?.id ?? "", { rating: "MET", observation: "On reflection, yes." });
    for (const s of snapshot.statements) await recordConversation(marcus, visitId, s.number, conversation);

    const level = await submitReport(dawn, visitId);
    const report = await app.prisma.visitReport.findUniqueOrThrow({ where: { visitId } });
    const decisions = {
      evidence: [...(first ? [{ evidenceId: first.id, decision: "REJECTED" as const, reason: "Dated after the event it describes." }] : []), ...rest.map((e) => ({ evidenceId: e.id, decision: "ACCEPTED" as const, reason: "" }))],
      ratings: criteria().map((c) => ({ criterionId: c.id, rating: "MET" as const, observation: `Saw ${c.code} in practice.` })),
    };
    const expected = scoreOrganisation(buildVerifiedInput(snapshot, decisions, VISIT_DATE));
    expect(report.result).toEqual(expected);
    expect(report.verifiedLevel).toBe(expected.overallLevel);
    expect(level).toBe(expected.overallLevel);
    expect(report.submittedById).toBe(dawn.userId);
    expect((await app.prisma.visit.findUniqueOrThrow({ where: { id: visitId } })).status).toBe("REPORT_SUBMITTED");

    expect((await rejection(submitReport(dawn, visitId))).kind).toBe("CONFLICT");
    expect((await rejection(recordConversation(marcus, visitId, 1, conversation))).kind).toBe("CONFLICT");
    expect(await app.prisma.visitReport.count({ where: { visitId } })).toBe(1);
    // Both can still read it, with the verified result.
    expect((await getVisitForAssessor(marcus, visitId)).report?.verifiedLevel).toBe(expected.overallLevel);
  });
});
