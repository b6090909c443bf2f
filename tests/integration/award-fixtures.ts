// Awards written straight to the tables, with their organisations and people, for the tests of
// an award's life after issue. Each test makes its own provider so nothing depends on the demo
// awards or on another test's changes.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AwardStatus } from "@/generated/prisma/enums";
import { buildAwardSnapshot } from "@/lib/awards/award-snapshot";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";
import { scoreOrganisation } from "@/lib/scoring";
import { buildSelfScoringInput } from "@/lib/self-assessment/scoring-input";
import { isoDateToDb } from "@/lib/dates";
import { newVerificationCode } from "@/lib/awards/verification-code";

export type TestProvider = { id: string; slug: string; name: string; adminEmail: string; memberEmail: string };

/** A provider with one administrator and one member. */
export async function testProvider(prisma: PrismaClient, name: string): Promise<TestProvider> {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomBytes(3).toString("hex")}`;
  const adminEmail = `admin@${slug}.test`;
  const memberEmail = `member@${slug}.test`;
  const organisation = await prisma.organisation.create({
    data: {
      kind: "PROVIDER",
      name,
      slug,
      area: "Leeds",
      memberships: {
        create: [
          { role: "ORG_ADMIN", user: { create: { email: adminEmail, name: `${name} admin` } } },
          { role: "ORG_MEMBER", user: { create: { email: memberEmail, name: `${name} member` } } },
        ],
      },
    },
    select: { id: true },
  });
  return { id: organisation.id, slug, name, adminEmail, memberEmail };
}

/** Another scheme administrator, who took no part in any award's decision. */
export async function testSchemeAdmin(prisma: PrismaClient, email: string, name: string): Promise<string> {
  const scheme = await prisma.organisation.findFirstOrThrow({ where: { kind: "SCHEME" }, select: { id: true } });
  const user = await prisma.user.create({ data: { email, name, memberships: { create: { organisationId: scheme.id, role: "SCHEME_ADMIN" } } }, select: { id: true } });
  return user.id;
}

export type AwardSpec = {
  level: number;
  issuedOn: string;
  expiresOn: string;
  reviewDueOn: string;
  status?: AwardStatus;
  issuedById?: string | null;
  accuracyCheck?: { sentById: string | null; responderIds: (string | null)[] };
  conditions?: { description: string; dueOn: string }[];
  review?: { grounds: string };
};

/** An issued award on a closed visit, its snapshot frozen from the published standard. */
export async function testAward(prisma: PrismaClient, organisation: TestProvider, spec: AwardSpec): Promise<string> {
  const framework = await prisma.frameworkVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { id: true, version: true, title: true, rulesVersion: true, statements: { orderBy: { number: "asc" }, select: { number: true, text: true, criteria: { select: { id: true, code: true, level: true, text: true } } } } },
  });
  const request = await prisma.assessmentRequest.create({
    data: {
      organisationId: organisation.id,
      frameworkVersionId: framework.id,
      rulesVersion: framework.rulesVersion,
      snapshot: {},
      selfAssessedLevel: spec.level,
      status: "COMPLETED",
      // Asked for a month before the award, as a real request would be.
      requestedAt: new Date(Date.parse(`${spec.issuedOn}T09:00:00Z`) - 30 * 86_400_000),
    },
    select: { id: true },
  });
  const visit = await prisma.visit.create({ data: { assessmentRequestId: request.id, organisationId: organisation.id, scheduledFor: isoDateToDb(spec.issuedOn), status: "CLOSED" }, select: { id: true } });
  if (spec.accuracyCheck) {
    await prisma.factualAccuracyCheck.create({
      data: {
        visitId: visit.id,
        sentById: spec.accuracyCheck.sentById,
        dueOn: isoDateToDb(spec.issuedOn),
        points: { create: spec.accuracyCheck.responderIds.map((respondedById) => ({ whatIsWrong: "The date of the members' meeting", evidence: "The minutes", response: "Corrected", respondedById })) },
      },
    });
  }
  const statements: AssessmentSnapshot["statements"] = framework.statements;
  const claims = statements.flatMap((s) => s.criteria).map((c) => ({ criterionId: c.id, claim: "YES" as const }));
  const result = scoreOrganisation(buildSelfScoringInput(framework, claims, [], spec.issuedOn));
  const request_: Pick<AssessmentSnapshot, "organisation" | "framework" | "statements"> = {
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug, area: "Leeds", serviceType: null },
    framework: { id: framework.id, version: framework.version, title: framework.title, rulesVersion: framework.rulesVersion },
    statements,
  };
  const snapshot = buildAwardSnapshot(request_ as AssessmentSnapshot, { id: visit.id, date: spec.issuedOn }, result);
  const award = await prisma.award.create({
    data: {
      organisationId: organisation.id,
      visitId: visit.id,
      level: spec.level,
      issuedLevel: spec.level,
      computedLevel: spec.level,
      frameworkVersionId: framework.id,
      rulesVersion: framework.rulesVersion,
      issuedAt: new Date(`${spec.issuedOn}T12:00:00Z`),
      issuedById: spec.issuedById ?? null,
      expiresOn: isoDateToDb(spec.expiresOn),
      reviewDueOn: isoDateToDb(spec.reviewDueOn),
      verificationCode: newVerificationCode(),
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      status: spec.status ?? "ACTIVE",
      conditions: { create: (spec.conditions ?? []).map((c) => ({ description: c.description, dueOn: isoDateToDb(c.dueOn) })) },
      ...(spec.review ? { review: { create: { grounds: spec.review.grounds } } } : {}),
    },
    select: { id: true },
  });
  return award.id;
}

/** Everything a refused call must leave untouched, to compare before and after. */
export async function awardState(prisma: PrismaClient, awardId: string) {
  const [award, audit, outbox] = await Promise.all([
    prisma.award.findUniqueOrThrow({ where: { id: awardId }, include: { conditions: { orderBy: { id: "asc" } }, review: true } }),
    prisma.auditEvent.count({ where: { entityType: "Award", entityId: awardId } }),
    prisma.outboxEmail.count(),
  ]);
  return { award, audit, outbox };
}
