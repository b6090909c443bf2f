// The demo's assessments that went further than a request: Riverside Peer Support holds a level 2
// award, Elm House a level 1 award that is about to expire (its renewal self-assessment is under
// way), and Aire Valley Carers Centre's report has just been submitted, waiting for the scheme
// admin to send it for a factual-accuracy check. Dates are counted back from the day the seed
// runs, so the demo stays current; levels come from the real scoring engine.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { EvidenceRowForSnapshot } from "@/lib/assessment-requests/snapshot";
import { buildAwardSnapshot } from "@/lib/awards/award-snapshot";
import { isoDateToDb, todayInLondon, type IsoDate } from "@/lib/dates";
import { addCalendarMonths, awardTerms } from "@/lib/moderation/award-terms";
import { addWorkingDays } from "@/lib/working-days";
import { seedDemoEvidenceItem } from "@/lib/seed/demo-evidence";
import { AIRE_VALLEY } from "@/lib/seed/demo-awards-aire";
import { ELM_HOUSE_FIRST } from "@/lib/seed/demo-awards-elm";
import { RIVERSIDE } from "@/lib/seed/demo-awards-riverside";
import { at, demoAnswers, loadDemoFramework, seedDemoVisit, type DemoFramework, type DemoVisit, type Tx } from "@/lib/seed/demo-visit";
import type { DemoVisitContent } from "@/lib/seed/demo-visit-types";

export type DemoAwardsContext = {
  organisations: Map<string, string>;
  users: Map<string, string>;
  criteria: Map<string, string>;
  frameworkVersionId: string;
};

/** Printed on the demo certificates, so the README and the tests can name them. */
export const DEMO_AWARD_CODES = { riverside: "CQM-RVR2-6PSA", elmHouse: "CQM-E7MH-4SXN" } as const;

export const addDays = (date: IsoDate, days: number): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type People = { schemeAdmin: string; lead: string; coAssessor: string };

export async function seedDemoAwards(tx: Tx, ctx: DemoAwardsContext, today: IsoDate = todayInLondon()): Promise<void> {
  const need = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo awards name an unknown ${key}`);
    return id;
  };
  const people: People = { schemeAdmin: need(ctx.users, "scheme.admin@demo.test"), lead: need(ctx.users, "assessor.one@demo.test"), coAssessor: need(ctx.users, "assessor.two@demo.test") };
  const framework = await loadDemoFramework(tx, ctx.frameworkVersionId);
  const org = (slug: string) => ({ slug, id: need(ctx.organisations, slug), admin: need(ctx.users, `admin@${slug}.demo.test`) });

  // Riverside: visited about five months ago, checked, awarded level 2 a month later.
  const riverside = org("riverside-peer-support");
  const riversideVisitOn = addDays(today, -155);
  const riversideEvidence = await libraryEvidence(tx, ctx, riverside.slug, RIVERSIDE, riversideVisitOn);
  await seedSelfAssessment(tx, framework, riverside, RIVERSIDE, addDays(riversideVisitOn, -47));
  const riversideVisit = await seedDemoVisit(tx, framework, {
    organisationId: riverside.id, requestedOn: addDays(riversideVisitOn, -45), visitOn: riversideVisitOn, submittedOn: addDays(riversideVisitOn, 3),
    requestStatus: "COMPLETED", visitStatus: "CLOSED", evidence: riversideEvidence, content: RIVERSIDE, people: { ...people, requestedBy: riverside.admin },
  });
  await answeredCheck(tx, riversideVisit, riverside, people, addDays(riversideVisitOn, 8));
  await issueDemoAward(tx, riversideVisit, riverside.id, people, { issuedOn: addDays(riversideVisitOn, 28), code: DEMO_AWARD_CODES.riverside, expectedLevel: 2 });

  // Elm House: its first award, issued 23 months ago, expires in six weeks.
  const elm = org("elm-house");
  const elmIssuedOn = addCalendarMonths(today, -23);
  const elmVisitOn = addDays(elmIssuedOn, -30);
  const elmVisit = await seedDemoVisit(tx, framework, {
    organisationId: elm.id, requestedOn: addDays(elmVisitOn, -40), visitOn: elmVisitOn, submittedOn: addDays(elmVisitOn, 2),
    requestStatus: "COMPLETED", visitStatus: "CLOSED", evidence: snapshotOnlyEvidence(ctx, ELM_HOUSE_FIRST, elmVisitOn), content: ELM_HOUSE_FIRST, people: { ...people, requestedBy: elm.admin },
  });
  await answeredCheck(tx, elmVisit, elm, people, addDays(elmVisitOn, 7));
  await issueDemoAward(tx, elmVisit, elm.id, people, { issuedOn: elmIssuedOn, expiresOn: addDays(today, 42), code: DEMO_AWARD_CODES.elmHouse, expectedLevel: 1 });

  // Aire Valley: visited a week ago; the lead submitted the report two days ago.
  const aire = org("aire-valley-carers");
  const aireVisitOn = addDays(today, -7);
  const aireEvidence = await libraryEvidence(tx, ctx, aire.slug, AIRE_VALLEY, aireVisitOn);
  await seedSelfAssessment(tx, framework, aire, AIRE_VALLEY, addDays(aireVisitOn, -42));
  await seedDemoVisit(tx, framework, {
    organisationId: aire.id, requestedOn: addDays(aireVisitOn, -40), visitOn: aireVisitOn, submittedOn: addDays(today, -2),
    requestStatus: "ASSIGNED", visitStatus: "REPORT_SUBMITTED", evidence: aireEvidence, content: AIRE_VALLEY, people: { ...people, requestedBy: aire.admin },
  });
}

const EVIDENCE_SELECT = {
  id: true, title: true, description: true, kind: true, type: true, source: true, evidenceDate: true, consentGiven: true, url: true, body: true,
  file: { select: { id: true, filename: true, mimeType: true, size: true, sha256: true } },
  links: { select: { criterionId: true } },
} satisfies Prisma.EvidenceItemSelect;

/** Adds the items to the organisation's library and reads them back as the request would. */
async function libraryEvidence(tx: Tx, ctx: DemoAwardsContext, slug: string, content: DemoVisitContent, visitOn: IsoDate): Promise<EvidenceRowForSnapshot[]> {
  const ids: string[] = [];
  for (const item of content.evidence) {
    ids.push(await seedDemoEvidenceItem(tx, ctx, { ...item, organisation: slug, date: addDays(visitOn, -item.daysBeforeVisit) }));
  }
  const rows = await tx.evidenceItem.findMany({ where: { id: { in: ids } }, select: EVIDENCE_SELECT });
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

/** Evidence from an old assessment that is kept only in that request's frozen snapshot. */
function snapshotOnlyEvidence(ctx: DemoAwardsContext, content: DemoVisitContent, visitOn: IsoDate): EvidenceRowForSnapshot[] {
  return content.evidence.map((e) => ({
    id: randomUUID(), title: e.title, description: e.description ?? null, kind: "ACCOUNT", type: e.type, source: e.source,
    evidenceDate: isoDateToDb(addDays(visitOn, -e.daysBeforeVisit)), consentGiven: e.consentNote !== undefined, url: null, body: e.account ?? null, file: null,
    links: e.criteria.map((code) => {
      const criterionId = ctx.criteria.get(code);
      if (!criterionId) throw new Error(`Demo evidence names an unknown criterion ${code}`);
      return { criterionId };
    }),
  }));
}

async function seedSelfAssessment(tx: Tx, framework: DemoFramework, org: { id: string; admin: string }, content: DemoVisitContent, readyOn: IsoDate): Promise<void> {
  await tx.selfAssessment.create({
    data: {
      organisationId: org.id,
      frameworkVersionId: framework.id,
      rulesVersion: framework.rulesVersion,
      answers: { create: demoAnswers(framework, content).map((a) => ({ ...a, updatedById: org.admin })) },
      statements: { create: framework.statements.map((s) => ({ statementNumber: s.number, readyAt: at(readyOn, 10), readyById: org.admin })) },
    },
  });
}

/** The report was sent for checking and the organisation found nothing to correct. */
async function answeredCheck(tx: Tx, visit: DemoVisit, org: { id: string; admin: string }, people: People, sentOn: IsoDate): Promise<void> {
  const dueOn = addWorkingDays(sentOn, 10);
  const respondedOn = addWorkingDays(sentOn, 4);
  await tx.factualAccuracyCheck.create({
    data: { visitId: visit.visitId, sentAt: at(sentOn, 9), sentById: people.schemeAdmin, dueOn: isoDateToDb(dueOn), respondedAt: at(respondedOn, 14), respondedById: org.admin, confirmedAccurate: true },
  });
  await audit(tx, at(sentOn, 9), people.schemeAdmin, org.id, "visit.accuracy_check.sent", "Visit", visit.visitId, { dueOn });
  await audit(tx, at(respondedOn, 14), org.admin, org.id, "visit.accuracy_check.responded", "Visit", visit.visitId, { points: 0, confirmedAccurate: true });
}

async function issueDemoAward(
  tx: Tx,
  visit: DemoVisit,
  organisationId: string,
  people: People,
  terms: { issuedOn: IsoDate; expiresOn?: IsoDate; code: string; expectedLevel: number },
): Promise<void> {
  const level = visit.result.overallLevel;
  // The content is written to earn this level; say so loudly if an edit to it changes that.
  if (level !== terms.expectedLevel) throw new Error(`Demo award ${terms.code} expected level ${terms.expectedLevel}, the engine gives ${level}`);
  const { expiresOn, reviewDueOn } = awardTerms(terms.issuedOn);
  const issuedAt = at(terms.issuedOn, 12);
  const award = await tx.award.create({
    data: {
      organisationId, visitId: visit.visitId, level, issuedLevel: level, computedLevel: level,
      frameworkVersionId: visit.snapshot.framework.id, rulesVersion: visit.snapshot.framework.rulesVersion,
      issuedAt, issuedById: people.schemeAdmin,
      expiresOn: isoDateToDb(terms.expiresOn ?? expiresOn), reviewDueOn: isoDateToDb(reviewDueOn), verificationCode: terms.code,
      snapshot: buildAwardSnapshot(visit.snapshot, { id: visit.visitId, date: visit.result.assessmentDate }, visit.result) as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  await audit(tx, issuedAt, people.schemeAdmin, organisationId, "award.issued", "Award", award.id, { visitId: visit.visitId, level, computedLevel: level, conditions: 0, expiresOn: terms.expiresOn ?? expiresOn, supersededAwardIds: [] });
}

async function audit(tx: Tx, at: Date, actorUserId: string, organisationId: string, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue): Promise<void> {
  await tx.auditEvent.create({ data: { at, actorUserId, organisationId, action, entityType, entityId, after } });
}
