// Every decision the services already make lands in the append-only audit history, inside the
// decision's own transaction: who, when, and ids, statuses and levels, never the words people
// wrote. A refused change writes nothing, and the database itself refuses to change the history.
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "@/generated/prisma/client";
import { requestAssessment } from "@/lib/assessment-requests/request-assessment";
import { assignVisit } from "@/lib/visits/assign-visit";
import { recordEvidenceReview } from "@/lib/visit-record/record-evidence-review";
import { recordCriterionRating } from "@/lib/visit-record/record-criterion-rating";
import { recordConversation } from "@/lib/visit-record/record-conversation";
import { submitReport } from "@/lib/visit-record/submit-report";
import { declareConflict, removeConflict } from "@/lib/assessors/declare-conflict";
import { updateAssessorProfile } from "@/lib/assessors/update-profile";
import { inviteMember } from "@/lib/members/invite-member";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/members/accept-with-new-account";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { draftNewVersion, publishVersion } from "@/lib/standard/manage-versions";
import { auditHistoryFor } from "@/lib/audit/audit-history";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { seedDemoAssessors } from "@/lib/seed/demo-assessors";
import { seededAppDatabase } from "./setup/app-database";
import { expectAppError, latestInvitationToken } from "./members-support";

const app = seededAppDatabase();

const DAWN = "assessor.one@demo.test";
const MARCUS = "assessor.two@demo.test";
const ADMIN = "scheme.admin@demo.test";
const NORTHSIDE_ADMIN = "admin@northside-mind.demo.test";
const VISIT_DATE = "2026-11-23";

/** What an entry says, as text (the id is a BigInt, which JSON cannot hold). */
const asText = (rows: AuditEvent[]) => JSON.stringify(rows.map(({ action, entityType, entityId, before, after }) => ({ action, entityType, entityId, before, after })));

const events = (where: { action: string; entityId?: string }) => app.prisma.auditEvent.findMany({ where, orderBy: { id: "asc" } });

async function only(where: { action: string; entityId?: string }): Promise<AuditEvent> {
  const rows = await events(where);
  expect(rows, where.action).toHaveLength(1);
  return rows[0] as AuditEvent;
}

async function organisationId(slug: string): Promise<string> {
  return (await app.prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

describe("a visit, from request to report", () => {
  let requestId = "";
  let visitId = "";
  let snapshot: AssessmentSnapshot;

  beforeAll(async () => {
    if ((await app.prisma.assessorProfile.count()) === 0) {
      const organisations = new Map((await app.prisma.organisation.findMany({ select: { slug: true, id: true } })).map((o) => [o.slug, o.id]));
      const users = new Map((await app.prisma.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
      await seedDemoAssessors(app.prisma, { organisations, users });
    }
  });

  it("records the request for assessment with the self-assessed level", async () => {
    const admin = await app.actorFor(NORTHSIDE_ADMIN);
    requestId = await requestAssessment(admin, "northside-mind");
    const request = await app.prisma.assessmentRequest.findUniqueOrThrow({ where: { id: requestId } });
    snapshot = request.snapshot as unknown as AssessmentSnapshot;
    const row = await only({ action: "assessment.requested", entityId: requestId });
    expect(row).toMatchObject({ actorUserId: admin.userId, organisationId: await organisationId("northside-mind"), entityType: "AssessmentRequest" });
    expect(row.after).toMatchObject({ status: "QUEUED", selfAssessedLevel: request.selfAssessedLevel });
  });

  it("records the assignment with both assessors and the date, and queues their emails with it", async () => {
    const admin = await app.actorFor(ADMIN);
    const [dawn, marcus] = [await app.actorFor(DAWN), await app.actorFor(MARCUS)];
    const [visitYear, visitMonth, visitDay] = VISIT_DATE.split("-");
    const choice = { leadUserId: dawn.userId, coAssessorUserId: marcus.userId, visitDay, visitMonth, visitYear };
    visitId = await assignVisit(admin, requestId, choice, { today: VISIT_DATE });
    const row = await only({ action: "visit.assigned", entityId: visitId });
    expect(row).toMatchObject({ actorUserId: admin.userId, entityType: "Visit", after: { assessmentRequestId: requestId, lead: dawn.userId, co: marcus.userId, date: VISIT_DATE } });
    expect(await app.prisma.outboxEmail.count({ where: { to: { in: [DAWN, MARCUS] }, subject: { contains: "Northside Mind" } } })).toBe(2);

    // Assigning again is refused: no second entry, no more emails.
    await expectAppError(assignVisit(admin, requestId, choice, { today: VISIT_DATE }), "CONFLICT");
    expect(await events({ action: "visit.assigned", entityId: visitId })).toHaveLength(1);
    expect(await app.prisma.outboxEmail.count({ where: { to: { in: [DAWN, MARCUS] }, subject: { contains: "Northside Mind" } } })).toBe(2);
  });

  it("records each review, rating and conversation with who made it, but not what they wrote", async () => {
    const dawn = await app.actorFor(DAWN);
    const marcus = await app.actorFor(MARCUS);
    const [first] = snapshot.evidence;
    const criterion = snapshot.statements[0]?.criteria[0];
    if (!first || !criterion) throw new Error("The demo snapshot has evidence and criteria");

    await recordEvidenceReview(dawn, visitId, first.id, { decision: "REJECTED", reason: "Dated after the event it describes." });
    await recordEvidenceReview(dawn, visitId, first.id, { decision: "ACCEPTED" });
    await recordCriterionRating(marcus, visitId, criterion.id, { rating: "NOT_MET", observation: "Two people said they felt like a number." });
    await recordConversation(marcus, visitId, 1, { peopleWhoUseService: "4", carers: "1", staff: "2", how: "Drop-in chat", notes: "Warm welcome from Priya." });

    const reviews = await events({ action: "visit.evidence.reviewed", entityId: visitId });
    expect(reviews.map((r) => [r.actorUserId, r.before, r.after])).toEqual([
      [dawn.userId, null, { evidenceId: first.id, decision: "REJECTED", assessorUserId: dawn.userId }],
      [dawn.userId, { evidenceId: first.id, decision: "REJECTED" }, { evidenceId: first.id, decision: "ACCEPTED", assessorUserId: dawn.userId }],
    ]);
    const rating = await only({ action: "visit.criterion.rated", entityId: visitId });
    expect(rating).toMatchObject({ actorUserId: marcus.userId, after: { criterionId: criterion.id, rating: "NOT_MET", assessorUserId: marcus.userId } });
    const conversation = await only({ action: "visit.conversation.recorded", entityId: visitId });
    expect(conversation.after).toEqual({ statementNumber: 1, assessorUserId: marcus.userId, peopleWhoUseService: 4, carers: 1, staff: 2 });

    const written = asText(await app.prisma.auditEvent.findMany({ where: { entityId: visitId } }));
    for (const words of ["Dated after", "felt like a number", "Drop-in", "Priya"]) expect(written).not.toContain(words);
  });

  it("writes nothing for a change that is refused", async () => {
    const before = await app.prisma.auditEvent.count();
    const outsider = await app.actorFor("admin@elm-house.demo.test");
    await expectAppError(recordEvidenceReview(outsider, visitId, snapshot.evidence[0]?.id ?? "", { decision: "ACCEPTED" }), "NOT_FOUND");
    await expectAppError(recordCriterionRating(await app.actorFor(DAWN), visitId, "crafted-id", { rating: "MET", observation: "x" }), "NOT_FOUND");
    await expectAppError(recordCriterionRating(await app.actorFor(DAWN), visitId, snapshot.statements[0]?.criteria[0]?.id ?? "", { rating: "NOT_MET" }), "INVALID");
    expect(await app.prisma.auditEvent.count()).toBe(before);
  });

  it("records the lead's submission with the verified level, and shows who did what in the history", async () => {
    const dawn = await app.actorFor(DAWN);
    const marcus = await app.actorFor(MARCUS);
    for (const e of snapshot.evidence) await recordEvidenceReview(dawn, visitId, e.id, { decision: "ACCEPTED" });
    const criteria = snapshot.statements.flatMap((s) => s.criteria);
    for (const c of criteria) await recordCriterionRating(dawn, visitId, c.id, { rating: "MET", observation: `Saw ${c.code} in practice.` });
    await recordCriterionRating(marcus, visitId, criteria[0]?.id ?? "", { rating: "MET", observation: "On reflection, yes." });
    for (const s of snapshot.statements) await recordConversation(marcus, visitId, s.number, { peopleWhoUseService: "3", carers: "0", staff: "1", how: "Group", notes: "" });

    const level = await submitReport(dawn, visitId);
    const row = await only({ action: "visit.report.submitted", entityId: visitId });
    expect(row).toMatchObject({ actorUserId: dawn.userId, before: { status: "IN_PROGRESS" }, after: { status: "REPORT_SUBMITTED", verifiedLevel: level } });

    const history = await auditHistoryFor(app.prisma, [{ entityType: "Visit", entityIds: [visitId] }]);
    expect(history[0]).toMatchObject({ action: "visit.report.submitted", actorName: "Dawn Hughes" });
    expect(history.at(-1)).toMatchObject({ action: "visit.assigned" });
  });
});

describe("the assessor pool", () => {
  it("records declaring and withdrawing a conflict of interest, without the assessor's note", async () => {
    const marcus = await app.actorFor(MARCUS);
    const elm = await organisationId("elm-house");
    await declareConflict(marcus, { organisationId: elm, kind: "WORKED_FOR", note: "Support worker there in 2019" });
    const declaration = await app.prisma.conflictDeclaration.findFirstOrThrow({ where: { assessorUserId: marcus.userId, organisationId: elm } });
    const declared = await only({ action: "assessor.conflict.declared", entityId: declaration.id });
    expect(declared).toMatchObject({ actorUserId: marcus.userId, organisationId: null, after: { assessorUserId: marcus.userId, organisationId: elm, kind: "WORKED_FOR" } });
    expect(asText([declared])).not.toContain("Support worker");

    await removeConflict(marcus, declaration.id);
    expect(await only({ action: "assessor.conflict.removed", entityId: declaration.id })).toMatchObject({ before: { organisationId: elm, kind: "WORKED_FOR" } });
    await expectAppError(removeConflict(await app.actorFor(DAWN), declaration.id), "NOT_FOUND");
    expect(await events({ action: "assessor.conflict.removed" })).toHaveLength(1);
  });

  it("records accreditation dates before and after a scheme admin's change", async () => {
    const admin = await app.actorFor(ADMIN);
    const marcus = await app.actorFor(MARCUS);
    const profile = { trainingDay: "19", trainingMonth: "9", trainingYear: "2025", accreditedDay: "1", accreditedMonth: "10", accreditedYear: "2025", expiresDay: "1", expiresMonth: "10", expiresYear: "2028", areas: "Leeds West", serviceKinds: "peer groups", availability: "Tuesdays" };
    await updateAssessorProfile(admin, marcus.userId, profile);
    const row = await only({ action: "assessor.profile.updated", entityId: marcus.userId });
    expect(row).toMatchObject({ actorUserId: admin.userId, entityType: "AssessorProfile", after: { trainingCompletedOn: "2025-09-19", accreditedOn: "2025-10-01", accreditationExpiresOn: "2028-10-01" } });
    expect(row.before).not.toBeNull();
  });
});

describe("people in an organisation", () => {
  it("records invitations, their cancellation and acceptance, role changes and removal", async () => {
    const grace = await app.actorFor(NORTHSIDE_ADMIN);
    const northside = await organisationId("northside-mind");

    const first = await inviteMember(grace, "northside-mind", { email: "robin@example.org", role: "ORG_MEMBER" });
    expect(await only({ action: "member.invited", entityId: first.invitationId })).toMatchObject({ actorUserId: grace.userId, organisationId: northside, after: { role: "ORG_MEMBER", replacedInvitations: 0 } });
    await cancelInvitation(grace, "northside-mind", first.invitationId);
    expect(await only({ action: "member.invitation.cancelled", entityId: first.invitationId })).toMatchObject({ actorUserId: grace.userId, organisationId: northside });

    const second = await inviteMember(grace, "northside-mind", { email: "robin@example.org", role: "ORG_MEMBER" });
    const token = await latestInvitationToken(app.prisma, "robin@example.org");
    await acceptInvitationWithNewAccount(token, { name: "Robin Shaw", password: "a long enough password", confirmPassword: "a long enough password" });
    const robin = await app.prisma.user.findUniqueOrThrow({ where: { email: "robin@example.org" }, select: { id: true, memberships: { select: { id: true } } } });
    const membershipId = robin.memberships[0]?.id ?? "";
    expect(await only({ action: "member.invitation.accepted", entityId: second.invitationId })).toMatchObject({ actorUserId: robin.id, after: { userId: robin.id, membershipId, role: "ORG_MEMBER" } });

    await changeMemberRole(grace, "northside-mind", membershipId, { role: "ORG_ADMIN" });
    expect(await only({ action: "member.role.changed", entityId: membershipId })).toMatchObject({ before: { userId: robin.id, role: "ORG_MEMBER" }, after: { role: "ORG_ADMIN" } });
    await removeMember(grace, "northside-mind", membershipId);
    expect(await only({ action: "member.removed", entityId: membershipId })).toMatchObject({ actorUserId: grace.userId, before: { userId: robin.id, role: "ORG_ADMIN" } });

    // Nobody's address or name is in the history.
    const written = asText(await app.prisma.auditEvent.findMany({ where: { action: { startsWith: "member." } } }));
    expect(written).not.toContain("robin@example.org");
    expect(written).not.toContain("Robin Shaw");
  });

  it("writes nothing when another organisation's admin tries the same", async () => {
    const before = await app.prisma.auditEvent.count();
    const outsider = await app.actorFor("admin@harbour-recovery.demo.test");
    const someone = await app.prisma.membership.findFirstOrThrow({ where: { organisation: { slug: "northside-mind" }, role: "ORG_MEMBER" } });
    await expectAppError(changeMemberRole(outsider, "northside-mind", someone.id, { role: "ORG_ADMIN" }), "NOT_FOUND");
    await expectAppError(removeMember(outsider, "harbour-recovery", someone.id), "NOT_FOUND");
    expect(await app.prisma.auditEvent.count()).toBe(before);
  });
});

describe("the standard", () => {
  it("records drafting and publishing a new version", async () => {
    const admin = await app.actorFor(ADMIN);
    const version = await draftNewVersion(admin);
    const draft = await app.prisma.frameworkVersion.findUniqueOrThrow({ where: { version } });
    expect(await only({ action: "standard.drafted", entityId: draft.id })).toMatchObject({ actorUserId: admin.userId, after: { version, status: "DRAFT" } });
    await publishVersion(admin, version);
    const row = await only({ action: "standard.published", entityId: draft.id });
    expect(row).toMatchObject({ actorUserId: admin.userId, before: { version, status: "DRAFT" }, after: { version, status: "PUBLISHED", statements: 6 } });
  });
});

describe("the history itself", () => {
  it("cannot be changed, deleted or emptied, even with direct SQL", async () => {
    const before = await app.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(before.length).toBeGreaterThan(0);
    await expect(app.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'rewritten'`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(app.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(app.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow();
    expect(await app.prisma.auditEvent.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
