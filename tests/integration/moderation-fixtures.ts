// Visits for the moderation tests. Northside Mind asks for an assessment and the scheme admin
// assigns Dawn (lead) and Marcus through the real services, so the request's snapshot is the one
// the app freezes; the lead's report is then written as submitReport writes it, with decisions
// chosen to give the verified level a test needs.
import { expect } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { requestAssessment } from "@/lib/assessment-requests/request-assessment";
import { assignVisit } from "@/lib/visits/assign-visit";
import { seedDemoAssessors } from "@/lib/seed/demo-assessors";
import { buildVerifiedInput, type FinalDecisions } from "@/lib/visit-record/scoring-input";
import { scoreOrganisation } from "@/lib/scoring";
import { AppError } from "@/lib/errors";
import type { AppDatabase } from "./setup/app-database";

export const SCHEME_ADMIN = "scheme.admin@demo.test";
export const NORTHSIDE_ADMIN = "admin@northside-mind.demo.test";
export const NORTHSIDE_MEMBER = "member@northside-mind.demo.test";
export const DAWN = "assessor.one@demo.test";
export const MARCUS = "assessor.two@demo.test";
export const VISIT_DATE = "2026-11-23";

/** Everyone who is not the scheme admin, and must find moderation does not exist. */
export const OUTSIDERS = [NORTHSIDE_ADMIN, NORTHSIDE_MEMBER, "admin@harbour-recovery.demo.test", "member@harbour-recovery.demo.test", "commissioner@demo.test", DAWN, MARCUS];

export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A visit assigned and scheduled for VISIT_DATE, not yet reported on. */
export async function assignedVisit(app: AppDatabase): Promise<{ visitId: string; requestId: string }> {
  if ((await app.prisma.assessorProfile.count()) === 0) {
    const organisations = new Map((await app.prisma.organisation.findMany({ select: { slug: true, id: true } })).map((o) => [o.slug, o.id]));
    const users = new Map((await app.prisma.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
    await seedDemoAssessors(app.prisma, { organisations, users });
  }
  const requestId = await requestAssessment(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind");
  const [visitYear, visitMonth, visitDay] = VISIT_DATE.split("-");
  const choice = { leadUserId: (await app.actorFor(DAWN)).userId, coAssessorUserId: (await app.actorFor(MARCUS)).userId, visitDay, visitMonth, visitYear };
  const visitId = await assignVisit(await app.actorFor(SCHEME_ADMIN), requestId, choice, { today: VISIT_DATE });
  return { visitId, requestId };
}

/**
 * The lead's submitted report on a visit: every item of evidence accepted and every criterion up
 * to `metUpTo` rated met with an observation (the rest not met), scored by the engine as
 * submitReport scores it. Checks the engine gives the level the test expects.
 */
export async function submitReportFor(app: AppDatabase, visitId: string, metUpTo: 0 | 1 | 2 | 3): Promise<number> {
  const visit = await app.prisma.visit.findUniqueOrThrow({ where: { id: visitId }, select: { request: { select: { snapshot: true } }, assessors: { select: { userId: true, isLead: true } } } });
  const snapshot = visit.request.snapshot as unknown as AssessmentSnapshot;
  const decisions: FinalDecisions = {
    evidence: snapshot.evidence.map((e) => ({ evidenceId: e.id, decision: "ACCEPTED", reason: "" })),
    ratings: snapshot.statements.flatMap((s) =>
      s.criteria.map((c) => (c.level <= metUpTo ? { criterionId: c.id, rating: "MET" as const, observation: `Saw ${c.code} in practice.` } : { criterionId: c.id, rating: "NOT_MET" as const, observation: `Nobody could show us ${c.code}.` })),
    ),
  };
  const result = scoreOrganisation(buildVerifiedInput(snapshot, decisions, VISIT_DATE));
  expect(result.overallLevel).toBe(metUpTo);
  const lead = visit.assessors.find((a) => a.isLead)?.userId ?? null;
  for (const a of visit.assessors) {
    await app.prisma.visitConversation.create({ data: { visitId, statementNumber: 1, assessorUserId: a.userId, peopleWhoUseService: 4, carers: 1, staff: 2, how: "A group chat at the drop-in", notes: "Private note: the manager seemed nervous." } });
  }
  await app.prisma.visitReport.create({
    data: { visitId, submittedById: lead, decisions: decisions as unknown as Prisma.InputJsonValue, result: result as unknown as Prisma.InputJsonValue, verifiedLevel: result.overallLevel },
  });
  await app.prisma.visit.update({ where: { id: visitId }, data: { status: "REPORT_SUBMITTED" } });
  return result.overallLevel;
}

/** Emails sent to an address with a subject containing `about`. */
export async function outboxTo(app: AppDatabase, to: string, about: string): Promise<number> {
  return app.prisma.outboxEmail.count({ where: { to, subject: { contains: about } } });
}

/** Moderation's audit entries about a visit or award, oldest first (other services' entries, such as the assignment, are left out). */
export async function auditActions(app: AppDatabase, entityId: string): Promise<string[]> {
  const rows = await app.prisma.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true } });
  return rows.map((r) => r.action).filter(isModeration);
}

export const isModeration = (action: string) => action.startsWith("visit.accuracy_") || action === "visit.closed_without_award" || action.startsWith("award.");
