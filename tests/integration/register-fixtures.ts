// Providers with awards in every state, written straight to the tables, for the register's tests.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AwardSnapshot } from "@/lib/awards/award-snapshot";
import type { AwardStatus } from "@/generated/prisma/enums";
import { isoDateToDb } from "@/lib/dates";

export type ProviderSpec = { name: string; area?: string; serviceKinds?: string[] };

export async function provider(prisma: PrismaClient, spec: ProviderSpec): Promise<string> {
  const slug = spec.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const created = await prisma.organisation.create({
    data: { kind: "PROVIDER", name: spec.name, slug, area: spec.area ?? "Leeds", serviceKinds: spec.serviceKinds ?? [] },
    select: { id: true },
  });
  return created.id;
}

async function frameworkId(prisma: PrismaClient): Promise<string> {
  const existing = await prisma.frameworkVersion.findFirst({ select: { id: true } });
  if (existing) return existing.id;
  const created = await prisma.frameworkVersion.create({ data: { version: 1, title: "Test standard", status: "PUBLISHED", rulesVersion: 1 }, select: { id: true } });
  return created.id;
}

/** A closed visit for the organisation, as the award or the no-award decision needs one. */
async function closedVisit(prisma: PrismaClient, organisationId: string, date: string): Promise<string> {
  const request = await prisma.assessmentRequest.create({
    data: { organisationId, frameworkVersionId: await frameworkId(prisma), rulesVersion: 1, snapshot: {}, selfAssessedLevel: 1, status: "COMPLETED" },
    select: { id: true },
  });
  const visit = await prisma.visit.create({ data: { assessmentRequestId: request.id, organisationId, scheduledFor: isoDateToDb(date), status: "CLOSED" }, select: { id: true } });
  return visit.id;
}

let codes = 0;

/** A small but well-formed frozen result: statement 1 at the award's level. */
function fixtureSnapshot(organisationId: string, visitId: string, spec: AwardSpec): Prisma.InputJsonValue {
  const level = spec.level as 0 | 1 | 2 | 3;
  const snapshot: AwardSnapshot = {
    snapshotVersion: 1,
    organisation: { id: organisationId, name: "Fixture", area: "Leeds", serviceType: null },
    framework: { id: "fixture", version: 1, title: "Test standard", rulesVersion: 1 },
    visit: { id: visitId, date: spec.issuedOn },
    statements: [{ number: 1, text: "I am more than a mental health diagnosis.", criteria: [] }],
    result: {
      rulesVersion: 1,
      mode: "verified",
      assessmentDate: spec.issuedOn,
      evidenceWindow: { from: spec.issuedOn, to: spec.issuedOn },
      overallLevel: level,
      limitingStatements: [1],
      summary: `Level ${level}`,
      statements: [{ number: 1, title: null, level, summary: `Statement 1 is at level ${level}.`, criteria: [], nextLevel: null }],
    },
  };
  return snapshot as unknown as Prisma.InputJsonValue;
}

export type AwardSpec = { level: number; issuedOn: string; expiresOn: string; status?: AwardStatus; code?: string; reviewPending?: boolean };

export async function award(prisma: PrismaClient, organisationId: string, spec: AwardSpec): Promise<{ id: string; code: string }> {
  const visitId = await closedVisit(prisma, organisationId, spec.issuedOn);
  codes += 1;
  const code = spec.code ?? `CQM-TEST-${String(codes).padStart(4, "0")}`;
  const created = await prisma.award.create({
    data: {
      organisationId,
      visitId,
      level: spec.level,
      issuedLevel: spec.level,
      computedLevel: spec.level,
      frameworkVersionId: await frameworkId(prisma),
      rulesVersion: 1,
      issuedAt: new Date(`${spec.issuedOn}T10:00:00Z`),
      expiresOn: isoDateToDb(spec.expiresOn),
      verificationCode: code,
      snapshot: fixtureSnapshot(organisationId, visitId, spec),
      status: spec.status ?? "ACTIVE",
      reviewDueOn: isoDateToDb(spec.issuedOn),
    },
    select: { id: true },
  });
  if (spec.reviewPending) await prisma.awardReview.create({ data: { awardId: created.id, grounds: "The visit was shortened without notice." } });
  return { id: created.id, code };
}

/** An assessment closed without an award: the organisation is "not yet level 1". */
export async function noAward(prisma: PrismaClient, organisationId: string, on: string): Promise<void> {
  const visitId = await closedVisit(prisma, organisationId, on);
  await prisma.visitReport.create({
    data: { visitId, decisions: {}, result: {}, verifiedLevel: 0, noAwardDecidedAt: new Date(`${on}T12:00:00Z`), noAwardReason: "Not yet level 1" },
  });
}
