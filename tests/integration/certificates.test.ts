// The certificate, the moderated report and their PDFs on a real database: only the
// organisation's own people and the scheme team reach them, everyone else gets NOT_FOUND exactly
// as for something that does not exist, and the report stays hidden from the organisation until
// it has been sent to them for the factual-accuracy check.
import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { AppError } from "@/lib/errors";
import { getCertificate } from "@/lib/certificates/get-certificate";
import { certificateBlocks, certificatePdf } from "@/lib/certificates/certificate-pdf";
import { getOrganisationReport, getVisitReportForModerator } from "@/lib/certificates/moderated-report";
import { reportBlocks } from "@/lib/certificates/report-blocks";
import { reportPdf } from "@/lib/certificates/report-pdf";
import { DEMO_AWARD_CODES, addDays } from "@/lib/seed/demo-awards";
import { isoDateToDb, todayInLondon } from "@/lib/dates";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const today = todayInLondon();

async function kindOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).kind;
}

const texts = (blocks: ReturnType<typeof certificateBlocks>) => blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
const aireVisitId = async () => (await app.prisma.visit.findFirstOrThrow({ where: { organisation: { slug: "aire-valley-carers" } } })).id;

describe("the certificate", () => {
  it.each(["admin@riverside-peer-support.demo.test", "member@riverside-peer-support.demo.test", "scheme.admin@demo.test"])("is there for %s, with the verification address", async (email) => {
    const certificate = await getCertificate(await app.actorFor(email), "riverside-peer-support");
    expect(certificate).toMatchObject({ organisationName: "Riverside Peer Support", level: 2, code: DEMO_AWARD_CODES.riverside, organisationSlug: "riverside-peer-support" });
    expect(certificate.statements.map((s) => s.level)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(certificate.verifyUrl).toMatch(/\/verify\/CQM-RVR2-6PSA$/);
    expect(certificate.badgeUrl).toMatch(/\/badge\/CQM-RVR2-6PSA\.svg$/);
  });

  it.each([
    ["another organisation's admin", "admin@northside-mind.demo.test"],
    ["another organisation's member", "member@elm-house.demo.test"],
    ["a commissioner", "commissioner@demo.test"],
    ["an assessor who visited", "assessor.one@demo.test"],
  ])("is NOT_FOUND for %s", async (_who, email) => {
    expect(await kindOf(getCertificate(await app.actorFor(email), "riverside-peer-support"))).toBe("NOT_FOUND");
  });

  it("is NOT_FOUND for a crafted slug and for an organisation with no award", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    for (const slug of ["no-such-organisation", "riverside-peer-support' OR 1=1 --", "leeds-place-commissioning", ""]) expect(await kindOf(getCertificate(admin, slug)), slug).toBe("NOT_FOUND");
    expect(await kindOf(getCertificate(await app.actorFor("admin@northside-mind.demo.test"), "northside-mind"))).toBe("NOT_FOUND");
  });

  it("says on its face when the award has lapsed", async () => {
    const elm = await app.actorFor("admin@elm-house.demo.test");
    const current = await getCertificate(elm, "elm-house");
    expect(texts(certificateBlocks(current))).not.toMatch(/Status on/);
    const later = await getCertificate(elm, "elm-house", { today: addDays(today, 60) });
    expect(later.standing.standing).toBe("EXPIRED");
    expect(texts(certificateBlocks(later))).toMatch(/Status on .*: This award expired on/);
  });

  it("downloads as a one-page A4 landscape PDF", async () => {
    const certificate = await getCertificate(await app.actorFor("admin@riverside-peer-support.demo.test"), "riverside-peer-support");
    const bytes = await certificatePdf(certificate);
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize().width).toBeGreaterThan(pdf.getPage(0).getSize().height);
    expect(texts(certificateBlocks(certificate))).toContain("Riverside Peer Support\nLeeds Inner\nhas been awarded Level 2");
  });
});

describe("the moderated report", () => {
  it("is hidden from the organisation until it is sent for checking, but not from the scheme team", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    for (const email of ["admin@aire-valley-carers.demo.test", "member@aire-valley-carers.demo.test"]) {
      expect(await kindOf(getOrganisationReport(await app.actorFor(email), "aire-valley-carers")), email).toBe("NOT_FOUND");
    }
    const viaOrganisation = await getOrganisationReport(admin, "aire-valley-carers");
    const viaVisit = await getVisitReportForModerator(admin, await aireVisitId());
    expect(viaOrganisation.visitId).toBe(viaVisit.visitId);
    expect(viaVisit.check).toBeNull();
    expect(viaVisit.decision).toEqual({ kind: "NONE" });
    expect(texts(reportBlocks(viaVisit, "https://cqm.example/standard/how-levels-work"))).toMatch(/has not been sent to the organisation for checking yet/);
  });

  it("is the organisation's to read and download once the check is sent, with the points and responses", async () => {
    const visitId = await aireVisitId();
    const schemeAdmin = await app.actorFor("scheme.admin@demo.test");
    await app.prisma.factualAccuracyCheck.create({ data: { visitId, sentById: schemeAdmin.userId, dueOn: isoDateToDb(addDays(today, 14)) } });
    await app.prisma.factualAccuracyPoint.create({ data: { visitId, statementNumber: 3, whatIsWrong: "The report says nothing is co-designed with the mosque's carers' group.", evidence: "Our joint session notes from before the visit.", response: "Noted: the notes were not in the evidence frozen for the visit." } });
    const member = await app.actorFor("member@aire-valley-carers.demo.test");
    const report = await getOrganisationReport(member, "aire-valley-carers");
    expect(report.organisationName).toBe("Aire Valley Carers Centre");
    expect(report.check?.points).toHaveLength(1);
    const text = texts(reportBlocks(report, "https://cqm.example/standard/how-levels-work"));
    expect(text).toContain("Statement 3: I want to be heard and included");
    expect(text).toContain("3.2.a (level 2): Not met.");
    expect(text).toContain("What is wrong: The report says nothing is co-designed");
    expect(text).toContain("Response: Noted: the notes were not in the evidence frozen");
    expect(text).toMatch(/Dawn Hughes: \d+ (person|people) who use/);
    expect(text).toContain("No decision has been made yet.");
    const pdf = await PDFDocument.load(await reportPdf(report));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
  });

  it("includes the award decision once made", async () => {
    const report = await getOrganisationReport(await app.actorFor("member@riverside-peer-support.demo.test"), "riverside-peer-support");
    expect(report.decision).toMatchObject({ kind: "AWARD", level: 2 });
    expect(texts(reportBlocks(report, "https://cqm.example/standard/how-levels-work"))).toMatch(/Level 2 awarded on .*, valid until /);
    expect(report.check?.confirmedAccurate).toBe(true);
  });

  it.each([
    ["another organisation's admin", "admin@riverside-peer-support.demo.test"],
    ["a commissioner", "commissioner@demo.test"],
    ["an assessor on the visit", "assessor.one@demo.test"],
  ])("is NOT_FOUND through the organisation for %s", async (_who, email) => {
    expect(await kindOf(getOrganisationReport(await app.actorFor(email), "aire-valley-carers"))).toBe("NOT_FOUND");
  });

  it("is NOT_FOUND by visit for anyone but a scheme admin, and for crafted or report-less visits", async () => {
    const visitId = await aireVisitId();
    for (const email of ["admin@aire-valley-carers.demo.test", "commissioner@demo.test", "assessor.one@demo.test", "assessor.two@demo.test"]) {
      expect(await kindOf(getVisitReportForModerator(await app.actorFor(email), visitId)), email).toBe("NOT_FOUND");
    }
    const admin = await app.actorFor("scheme.admin@demo.test");
    expect(await kindOf(getVisitReportForModerator(admin, "c0000000000000000000000000"))).toBe("NOT_FOUND");
    expect(await kindOf(getVisitReportForModerator(admin, "' OR '1'='1"))).toBe("NOT_FOUND");
    const northside = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "northside-mind" } });
    const framework = await app.prisma.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const request = await app.prisma.assessmentRequest.create({ data: { organisationId: northside.id, frameworkVersionId: framework.id, rulesVersion: 1, snapshot: {}, selfAssessedLevel: 1, status: "ASSIGNED" } });
    const visit = await app.prisma.visit.create({ data: { assessmentRequestId: request.id, organisationId: northside.id, scheduledFor: isoDateToDb(today), status: "IN_PROGRESS" } });
    expect(await kindOf(getVisitReportForModerator(admin, visit.id))).toBe("NOT_FOUND");
    expect(await kindOf(getOrganisationReport(admin, "northside-mind"))).toBe("NOT_FOUND");
  });
});
