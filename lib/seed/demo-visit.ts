// Writes one demo assessment from request to report, the way the app would have: the request
// freezes a real snapshot, both Experts by Experience record the visit, and the report's result is
// the scoring engine's own, computed from the lead's final decisions on the visit date.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { buildAssessmentSnapshot, type AssessmentSnapshot, type EvidenceRowForSnapshot } from "@/lib/assessment-requests/snapshot";
import { isoDateToDb, type IsoDate } from "@/lib/dates";
import { scoreOrganisation, type ScoringResult } from "@/lib/scoring";
import { buildSelfScoringInput } from "@/lib/self-assessment/scoring-input";
import { buildVerifiedInput, type FinalDecisions } from "@/lib/visit-record/scoring-input";
import type { DemoVisitContent } from "@/lib/seed/demo-visit-types";

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DemoFramework = {
  id: string;
  version: number;
  title: string;
  rulesVersion: number;
  statements: Array<{ number: number; text: string; criteria: Array<{ id: string; code: string; level: number; text: string }> }>;
};

export type DemoVisitPlan = {
  organisationId: string;
  requestedOn: IsoDate;
  visitOn: IsoDate;
  submittedOn: IsoDate;
  requestStatus: "ASSIGNED" | "COMPLETED";
  visitStatus: "REPORT_SUBMITTED" | "CLOSED";
  /** The evidence the request froze (library rows, or rows that exist only in an old snapshot). */
  evidence: EvidenceRowForSnapshot[];
  content: DemoVisitContent;
  people: { requestedBy: string; schemeAdmin: string; lead: string; coAssessor: string };
};

export type DemoVisit = { visitId: string; requestId: string; snapshot: AssessmentSnapshot; result: ScoringResult };

/** A time on a day, so rows made on the same day keep a believable order. */
export const at = (date: IsoDate, hour: number) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00.000Z`);

export async function loadDemoFramework(tx: Tx, frameworkVersionId: string): Promise<DemoFramework> {
  return tx.frameworkVersion.findUniqueOrThrow({
    where: { id: frameworkVersionId },
    select: {
      id: true,
      version: true,
      title: true,
      rulesVersion: true,
      statements: { orderBy: { number: "asc" }, select: { number: true, text: true, criteria: { orderBy: [{ level: "asc" }, { position: "asc" }], select: { id: true, code: true, level: true, text: true } } } },
    },
  });
}

/** The organisation's answers as criterion ids, in framework order. */
export function demoAnswers(framework: DemoFramework, content: DemoVisitContent) {
  return framework.statements.flatMap((s) =>
    s.criteria.flatMap((c) => {
      const answer = content.answers[c.code];
      return answer ? [{ criterionId: c.id, claim: answer[0], account: answer[1] ?? "" }] : [];
    }),
  );
}

export async function seedDemoVisit(tx: Tx, framework: DemoFramework, plan: DemoVisitPlan): Promise<DemoVisit> {
  const { content, people } = plan;
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: plan.organisationId }, select: { id: true, name: true, slug: true, area: true, serviceType: true } });
  const answers = demoAnswers(framework, content);
  const forScoring = plan.evidence.map((e) => ({ id: e.id, source: e.source, evidenceDate: e.evidenceDate.toISOString().slice(0, 10), criterionIds: e.links.map((l) => l.criterionId) }));
  const selfAssessedResult = scoreOrganisation(buildSelfScoringInput(framework, answers, forScoring, plan.requestedOn));
  const snapshot = buildAssessmentSnapshot({ takenAt: at(plan.requestedOn, 11), organisation, framework, answers, evidence: plan.evidence, selfAssessedResult });

  const fileIds = [...new Set(plan.evidence.flatMap((e) => (e.file ? [e.file.id] : [])))];
  const request = await tx.assessmentRequest.create({
    data: {
      organisationId: organisation.id,
      frameworkVersionId: framework.id,
      rulesVersion: framework.rulesVersion,
      status: plan.requestStatus,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      selfAssessedLevel: selfAssessedResult.overallLevel,
      requestedById: people.requestedBy,
      requestedAt: at(plan.requestedOn, 11),
      files: { create: fileIds.map((fileId) => ({ fileId })) },
    },
    select: { id: true },
  });
  const visit = await tx.visit.create({
    data: {
      assessmentRequestId: request.id,
      organisationId: organisation.id,
      scheduledFor: isoDateToDb(plan.visitOn),
      status: plan.visitStatus,
      assignedById: people.schemeAdmin,
      assessors: { create: [{ userId: people.lead, isLead: true }, { userId: people.coAssessor, isLead: false }] },
    },
    select: { id: true },
  });

  const decisions = await writeRecords(tx, visit.id, snapshot, plan);
  const result = scoreOrganisation(buildVerifiedInput(snapshot, decisions, plan.visitOn));
  await tx.visitReport.create({
    data: {
      visitId: visit.id,
      submittedById: people.lead,
      submittedAt: at(plan.submittedOn, 16),
      decisions: decisions as unknown as Prisma.InputJsonValue,
      result: result as unknown as Prisma.InputJsonValue,
      verifiedLevel: result.overallLevel,
    },
  });
  return { visitId: visit.id, requestId: request.id, snapshot, result };
}

/** Both assessors' evidence reviews, ratings and conversations; returns the lead's, which are final. */
async function writeRecords(tx: Tx, visitId: string, snapshot: AssessmentSnapshot, plan: DemoVisitPlan): Promise<FinalDecisions> {
  const { content, people } = plan;
  const updatedAt = at(plan.visitOn, 15);
  const byTitle = new Map(content.evidence.map((e) => [e.title, e]));
  const evidence = snapshot.evidence.map((e) => {
    const spec = byTitle.get(e.title);
    if (!spec) throw new Error(`Demo evidence "${e.title}" has no decision`);
    return { evidenceId: e.id, decision: spec.decision, reason: spec.reason ?? "" };
  });
  const ratings = snapshot.statements.flatMap((s) =>
    s.criteria.map((c) => {
      const rating = content.ratings[c.code];
      if (!rating) throw new Error(`Demo visit has no rating for ${c.code}`);
      return { criterionId: c.id, rating: rating[0], observation: rating[1], statementNumber: s.number, first: c === s.criteria[0] };
    }),
  );
  await tx.visitEvidenceReview.createMany({
    data: [people.lead, people.coAssessor].flatMap((assessorUserId) => evidence.map((e) => ({ visitId, assessorUserId, ...e, updatedAt }))),
  });
  await tx.visitCriterionRating.createMany({
    data: ratings.flatMap((r) => {
      const coNote = content.coAssessorNotes[r.statementNumber] ?? "";
      return [
        { visitId, criterionId: r.criterionId, assessorUserId: people.lead, rating: r.rating, observation: r.observation, updatedAt },
        { visitId, criterionId: r.criterionId, assessorUserId: people.coAssessor, rating: r.rating, observation: r.rating === "NOT_MET" || r.first ? coNote : "", updatedAt },
      ];
    }),
  });
  await tx.visitConversation.createMany({
    data: Object.entries(content.conversations).flatMap(([statement, pair]) =>
      pair.map((c, i) => ({
        visitId,
        statementNumber: Number(statement),
        assessorUserId: i === 0 ? people.lead : people.coAssessor,
        peopleWhoUseService: c.people,
        carers: c.carers,
        staff: c.staff,
        how: c.how,
        notes: c.notes,
        updatedAt,
      })),
    ),
  });
  return { evidence, ratings: ratings.map(({ criterionId, rating, observation }) => ({ criterionId, rating, observation })) };
}
