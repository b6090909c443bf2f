// The factual-accuracy check on a real database: the scheme admin sends the submitted report, the
// organisation's admin adds and removes points and replies, the scheme admin answers each point;
// nobody else can reach any of it.
import { beforeAll, describe, expect, it } from "vitest";
import { listVisitsForModeration } from "@/lib/moderation/list-visits";
import { getVisitForModeration } from "@/lib/moderation/get-moderation-visit";
import { sendForAccuracyCheck } from "@/lib/moderation/send-accuracy-check";
import { respondToPoint } from "@/lib/moderation/respond-to-point";
import { decideVisit } from "@/lib/moderation/decide-visit";
import { addAccuracyPoint, removeAccuracyPoint } from "@/lib/moderation/accuracy-points";
import { confirmNoFactualErrors, sendAccuracyResponse } from "@/lib/moderation/respond-to-check";
import { getOrganisationAssessment } from "@/lib/moderation/get-organisation-assessment";
import { seededAppDatabase } from "./setup/app-database";
import { assignedVisit, auditActions, NORTHSIDE_ADMIN, NORTHSIDE_MEMBER, OUTSIDERS, outboxTo, rejection, SCHEME_ADMIN, submitReportFor } from "./moderation-fixtures";

const app = seededAppDatabase();

// Sent on Tuesday 24 November 2026: ten working days later is Tuesday 8 December.
const SENT = "2026-11-24";
const DUE = "2026-12-08";
const point = { statementNumber: "2", whatIsWrong: "The report says carers are not invited to reviews.", evidence: "Carers' review invitations from October, in the evidence library." };

let visitId = "";

beforeAll(async () => {
  ({ visitId } = await assignedVisit(app));
});

describe("before the report is submitted", () => {
  it("cannot be sent for checking, and the organisation sees only that the visit is booked or being written up", async () => {
    const admin = await app.actorFor(SCHEME_ADMIN);
    expect((await rejection(sendForAccuracyCheck(admin, visitId, { today: SENT }))).message).toBe("The report can be sent for checking once the lead assessor has submitted it.");
    const org = await app.actorFor(NORTHSIDE_ADMIN);
    expect((await getOrganisationAssessment(org, "northside-mind", { today: "2026-11-20" })).state).toEqual({ kind: "BOOKED", visitDate: "2026-11-23" });
    expect((await getOrganisationAssessment(org, "northside-mind", { today: SENT })).state).toEqual({ kind: "WRITING", visitDate: "2026-11-23" });
    expect((await listVisitsForModeration(admin, { today: SENT })).IN_PROGRESS.map((v) => v.id)).toContain(visitId);
  });

  it("keeps the submitted report from the organisation until the scheme admin sends it", async () => {
    await submitReportFor(app, visitId, 2);
    const state = (await getOrganisationAssessment(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", { today: SENT })).state;
    expect(state).toEqual({ kind: "WITH_SCHEME", visitDate: "2026-11-23" });
    expect((await rejection(addAccuracyPoint(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", point, { today: SENT }))).kind).toBe("CONFLICT");
    expect((await listVisitsForModeration(await app.actorFor(SCHEME_ADMIN), { today: SENT })).REPORT_RECEIVED.map((v) => v.id)).toContain(visitId);
  });
});

describe("who may reach moderation", () => {
  it("is NOT_FOUND for everyone but the scheme admin, for every service, and changes nothing", async () => {
    for (const email of OUTSIDERS) {
      const actor = await app.actorFor(email);
      for (const call of [
        () => listVisitsForModeration(actor),
        () => getVisitForModeration(actor, visitId),
        () => sendForAccuracyCheck(actor, visitId, { today: SENT }),
        () => respondToPoint(actor, visitId, "crafted", { response: "x" }),
        () => decideVisit(actor, visitId, { award: "NONE", noAwardReason: "x" }),
      ]) {
        expect((await rejection(call())).kind, email).toBe("NOT_FOUND");
      }
    }
    const admin = await app.actorFor(SCHEME_ADMIN);
    expect((await rejection(getVisitForModeration(admin, "crafted"))).kind).toBe("NOT_FOUND");
    expect((await rejection(sendForAccuracyCheck(admin, "crafted", { today: SENT }))).kind).toBe("NOT_FOUND");
    expect(await app.prisma.factualAccuracyCheck.count({ where: { visitId } })).toBe(0);
    expect(await auditActions(app, visitId)).toEqual([]);
  });

  it("keeps the organisation's side to its own people, and its writes to its admins", async () => {
    const pointsBefore = await app.prisma.factualAccuracyPoint.count();
    for (const email of ["admin@harbour-recovery.demo.test", "commissioner@demo.test", "assessor.one@demo.test"]) {
      expect((await rejection(getOrganisationAssessment(await app.actorFor(email), "northside-mind"))).kind, email).toBe("NOT_FOUND");
    }
    for (const email of [NORTHSIDE_MEMBER, SCHEME_ADMIN, "admin@harbour-recovery.demo.test", "commissioner@demo.test", "assessor.one@demo.test"]) {
      const actor = await app.actorFor(email);
      for (const call of [
        () => addAccuracyPoint(actor, "northside-mind", point, { today: SENT }),
        () => removeAccuracyPoint(actor, "northside-mind", "crafted", { today: SENT }),
        () => sendAccuracyResponse(actor, "northside-mind", { today: SENT }),
        () => confirmNoFactualErrors(actor, "northside-mind", { today: SENT }),
      ]) {
        expect((await rejection(call())).kind, email).toBe("NOT_FOUND");
      }
    }
    // Northside's own admin, pointed at another organisation.
    const northside = await app.actorFor(NORTHSIDE_ADMIN);
    expect((await rejection(getOrganisationAssessment(northside, "harbour-recovery"))).kind).toBe("NOT_FOUND");
    expect((await rejection(addAccuracyPoint(northside, "aire-valley-carers", point, { today: SENT }))).kind).toBe("NOT_FOUND");
    expect((await rejection(confirmNoFactualErrors(northside, "aire-valley-carers", { today: SENT }))).kind).toBe("NOT_FOUND");
    expect(await app.prisma.factualAccuracyPoint.count()).toBe(pointsBefore);
  });
});

describe("sending the report for checking", () => {
  it("gives the organisation ten working days, emails its admins and records the decision, once", async () => {
    const admin = await app.actorFor(SCHEME_ADMIN);
    expect(await sendForAccuracyCheck(admin, visitId, { today: SENT })).toBe(DUE);
    const check = await app.prisma.factualAccuracyCheck.findUniqueOrThrow({ where: { visitId } });
    expect(check.dueOn.toISOString().slice(0, 10)).toBe(DUE);
    expect(check.sentById).toBe(admin.userId);
    expect(await outboxTo(app, NORTHSIDE_ADMIN, "Please check your assessment report by 8 December 2026")).toBe(1);
    expect(await outboxTo(app, NORTHSIDE_MEMBER, "Please check your assessment report")).toBe(0);

    expect((await rejection(sendForAccuracyCheck(admin, visitId, { today: SENT }))).message).toBe("The report has already been sent for a factual-accuracy check. Nothing has been changed.");
    expect(await app.prisma.factualAccuracyCheck.count({ where: { visitId } })).toBe(1);
    expect(await auditActions(app, visitId)).toEqual(["visit.accuracy_check.sent"]);
    expect((await listVisitsForModeration(admin, { today: SENT })).WITH_ORGANISATION.find((v) => v.id === visitId)?.checkDueOn).toBe(DUE);
  });

  it("shows the organisation the report without the assessors' private notes; only its admin may reply", async () => {
    const asAdmin = await getOrganisationAssessment(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", { today: SENT });
    expect(asAdmin.canRespond).toBe(true);
    if (asAdmin.state.kind !== "CHECKING") throw new Error(`expected CHECKING, got ${asAdmin.state.kind}`);
    expect(asAdmin.state.report.verifiedLevel).toBe(2);
    expect(asAdmin.state.report.assessors.map((a) => a.name)).toEqual(["Dawn Hughes", "Marcus Bell"]);
    expect(asAdmin.state.check.dueOn).toBe(DUE);
    const conversation = asAdmin.state.report.statements[0]?.conversations[0];
    expect(conversation).toEqual({ assessorName: expect.any(String), peopleWhoUseService: 4, carers: 1, staff: 2, how: "A group chat at the drop-in" });
    expect(JSON.stringify(asAdmin.state.report)).not.toContain("Private note");
    expect((await getOrganisationAssessment(await app.actorFor(NORTHSIDE_MEMBER), "northside-mind", { today: SENT })).canRespond).toBe(false);
    // With the check open, still nobody but Northside's admin may write to it.
    for (const email of [NORTHSIDE_MEMBER, SCHEME_ADMIN, "admin@harbour-recovery.demo.test"]) {
      expect((await rejection(addAccuracyPoint(await app.actorFor(email), "northside-mind", point, { today: SENT }))).kind, email).toBe("NOT_FOUND");
    }
    expect(await app.prisma.factualAccuracyPoint.count({ where: { visitId } })).toBe(0);
  });
});

describe("the organisation's points", () => {
  it("refuses a point without what is wrong or the evidence, in plain English", async () => {
    const refused = await rejection(addAccuracyPoint(await app.actorFor(NORTHSIDE_ADMIN), "northside-mind", { statementNumber: "9", whatIsWrong: " ", evidence: "" }, { today: SENT }));
    expect(refused.fieldErrors).toEqual({
      statementNumber: ["Select a statement, or “The whole report”"],
      whatIsWrong: ["Enter what is wrong in the report"],
      evidence: ["Enter what evidence existed at the visit that shows this"],
    });
    expect(await app.prisma.factualAccuracyPoint.count({ where: { visitId } })).toBe(0);
  });

  it("adds and removes points while the check is open, hidden from the scheme admin until they are sent", async () => {
    const org = await app.actorFor(NORTHSIDE_ADMIN);
    const kept = await addAccuracyPoint(org, "northside-mind", point, { today: SENT });
    const removed = await addAccuracyPoint(org, "northside-mind", { statementNumber: "", whatIsWrong: "A typo in our name.", evidence: "Our registration." }, { today: DUE });
    await removeAccuracyPoint(org, "northside-mind", removed, { today: DUE });
    const rows = await app.prisma.factualAccuracyPoint.findMany({ where: { visitId } });
    expect(rows.map((r) => [r.id, r.statementNumber])).toEqual([[kept, 2]]);

    const admin = await app.actorFor(SCHEME_ADMIN);
    expect((await getVisitForModeration(admin, visitId, { today: DUE })).check?.points).toEqual([]);
    expect((await rejection(respondToPoint(admin, visitId, kept, { response: "Thanks" }, { today: DUE }))).kind).toBe("CONFLICT");
    const early = await rejection(decideVisit(admin, visitId, { award: "2" }, { today: DUE }));
    expect(early.message).toBe("The organisation has until 8 December 2026 to check the report. You can decide once it replies or that day has passed.");
  });

  it("will not lose points to a 'no factual errors' reply, and sends them once", async () => {
    const org = await app.actorFor(NORTHSIDE_ADMIN);
    expect((await rejection(confirmNoFactualErrors(org, "northside-mind", { today: SENT }))).kind).toBe("INVALID");
    await sendAccuracyResponse(org, "northside-mind", { today: SENT });
    const check = await app.prisma.factualAccuracyCheck.findUniqueOrThrow({ where: { visitId } });
    expect(check.respondedAt).not.toBeNull();
    expect(check.confirmedAccurate).toBe(false);
    expect(await outboxTo(app, SCHEME_ADMIN, "Northside Mind has checked its assessment report")).toBe(1);
    const late = await rejection(addAccuracyPoint(org, "northside-mind", point, { today: SENT }));
    expect(late.message).toBe("You have already sent your response about this report, so it can no longer be changed.");
    expect(await app.prisma.factualAccuracyPoint.count({ where: { visitId } })).toBe(1);
  });
});

describe("answering the points", () => {
  it("needs every point answered before the decision, and shows the answers to the organisation", async () => {
    const admin = await app.actorFor(SCHEME_ADMIN);
    const view = await getVisitForModeration(admin, visitId, { today: SENT });
    expect(view.stage).toBe("READY_TO_DECIDE");
    const [only] = view.check?.points ?? [];
    if (!only) throw new Error("expected the organisation's point");
    expect((await rejection(decideVisit(admin, visitId, { award: "2" }, { today: SENT }))).message).toBe("Respond to each point the organisation raised before deciding (1 still to answer).");
    expect((await rejection(respondToPoint(admin, visitId, only.id, { response: "  " }, { today: SENT }))).fieldErrors).toEqual({ response: ["Enter your response to this point"] });
    expect((await rejection(respondToPoint(admin, visitId, "crafted", { response: "x" }, { today: SENT }))).kind).toBe("NOT_FOUND");

    await respondToPoint(admin, visitId, only.id, { response: "Agreed: the invitations were in the evidence. We have noted it." }, { today: SENT });
    const orgView = await getOrganisationAssessment(await app.actorFor(NORTHSIDE_MEMBER), "northside-mind", { today: SENT });
    if (orgView.state.kind !== "CHECKING") throw new Error("expected CHECKING");
    expect(orgView.state.check.points.map((p) => p.response)).toEqual(["Agreed: the invitations were in the evidence. We have noted it."]);
    expect(orgView.canRespond).toBe(false);

    expect(await auditActions(app, visitId)).toEqual([
      "visit.accuracy_check.sent",
      "visit.accuracy_point.added",
      "visit.accuracy_point.added",
      "visit.accuracy_point.removed",
      "visit.accuracy_check.responded",
      "visit.accuracy_point.responded",
    ]);
    const history = (await getVisitForModeration(admin, visitId, { today: SENT })).history;
    expect(history[0]).toMatchObject({ action: "visit.accuracy_point.responded", actorName: "Priya Shah" });
  });
});
