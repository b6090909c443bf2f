// Assigning a visit on a real database: the happy path with its emails, every refusal, a double
// assignment racing, who may assign, and each assessor seeing only their own visits.
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assignVisit } from "@/lib/visits/assign-visit";
import { getAssignment } from "@/lib/visits/get-assignment";
import { listMyVisits } from "@/lib/visits/list-my-visits";
import { seedDemoAssessors } from "@/lib/seed/demo-assessors";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const TODAY = "2026-11-23";
const admin = () => app.actorFor("scheme.admin@demo.test");
const id = async (email: string) => (await app.actorFor(email)).userId;
const DAWN = "assessor.one@demo.test";
const MARCUS = "assessor.two@demo.test";
const on = (date: string) => {
  const [visitYear, visitMonth, visitDay] = date.split("-");
  return { visitDay, visitMonth, visitYear };
};

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A queued request straight in the table: the snapshot's content does not matter here. */
async function queuedRequest(slug: string): Promise<string> {
  const organisation = await app.prisma.organisation.findUniqueOrThrow({ where: { slug } });
  const framework = await app.prisma.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } });
  const created = await app.prisma.assessmentRequest.create({ data: { organisationId: organisation.id, frameworkVersionId: framework.id, rulesVersion: 1, snapshot: {}, selfAssessedLevel: 1 } });
  return created.id;
}

async function choose(lead: string, co: string, date = "2027-03-10") {
  return { leadUserId: await id(lead), coAssessorUserId: await id(co), ...on(date) };
}

beforeAll(async () => {
  if ((await app.prisma.assessorProfile.count()) === 0) {
    const organisations = new Map((await app.prisma.organisation.findMany({ select: { slug: true, id: true } })).map((o) => [o.slug, o.id]));
    const users = new Map((await app.prisma.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
    await seedDemoAssessors(app.prisma, { organisations, users });
  }
  // A third assessor who has not been accredited yet.
  const scheme = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "leeds-coproduction-quality-mark" } });
  await app.prisma.user.create({ data: { email: "assessor.three@demo.test", name: "Sam Price", memberships: { create: { organisationId: scheme.id, role: "ASSESSOR" } } } });
});

describe("refusals", () => {
  it("says why, per assessor: not accredited, expired by the visit date, a declared conflict", async () => {
    const harbour = await queuedRequest("harbour-recovery");
    const conflict = await rejection(assignVisit(await admin(), harbour, await choose(DAWN, MARCUS), { today: TODAY }));
    expect(conflict.kind).toBe("INVALID");
    expect(conflict.fieldErrors).toEqual({ coAssessorUserId: ["Marcus Bell declared that they have used this organisation's services"] });
    const expired = await rejection(assignVisit(await admin(), harbour, await choose(DAWN, "assessor.three@demo.test", "2027-10-01"), { today: TODAY }));
    expect(expired.fieldErrors).toEqual({
      leadUserId: ["Dawn Hughes's accreditation ends on 1 October 2027, so it will have expired by the visit date"],
      coAssessorUserId: ["Sam Price is not accredited yet"],
    });
    expect(await app.prisma.visit.count({ where: { assessmentRequestId: harbour } })).toBe(0);
    expect((await app.prisma.assessmentRequest.findUniqueOrThrow({ where: { id: harbour } })).status).toBe("QUEUED");
    const view = await getAssignment(await admin(), harbour, { today: TODAY });
    expect(view.eligible.map((e) => e.name)).toEqual(["Dawn Hughes"]);
    expect(view.ineligible.map((e) => e.name)).toEqual(["Marcus Bell", "Sam Price"]);
  });

  it("refuses the same person twice, a past date, and someone outside the pool", async () => {
    const request = await queuedRequest("elm-house");
    expect((await rejection(assignVisit(await admin(), request, await choose(DAWN, DAWN), { today: TODAY }))).fieldErrors.coAssessorUserId).toEqual(["Select a different person as co-assessor: a visit needs two assessors"]);
    expect((await rejection(assignVisit(await admin(), request, await choose(DAWN, MARCUS, "2026-11-22"), { today: TODAY }))).fieldErrors.visitDate).toEqual(["Visit date must be today or in the future"]);
    const outsider = { ...(await choose(DAWN, MARCUS)), coAssessorUserId: await id("admin@elm-house.demo.test") };
    expect((await rejection(assignVisit(await admin(), request, outsider, { today: TODAY }))).fieldErrors.coAssessorUserId).toEqual(["Select an assessor from the list"]);
    expect((await rejection(assignVisit(await admin(), "crafted-id", await choose(DAWN, MARCUS), { today: TODAY }))).kind).toBe("NOT_FOUND");
  });

  it("is for scheme admins only", async () => {
    const request = await queuedRequest("elm-house");
    for (const email of ["admin@northside-mind.demo.test", "member@northside-mind.demo.test", "commissioner@demo.test", DAWN]) {
      const actor = await app.actorFor(email);
      expect((await rejection(assignVisit(actor, request, await choose(DAWN, MARCUS), { today: TODAY }))).kind).toBe("FORBIDDEN");
      expect((await rejection(getAssignment(actor, request))).kind).toBe("FORBIDDEN");
    }
  });
});

describe("assigning a visit", () => {
  let request = "";

  it("creates the visit with a lead and a co-assessor, marks the request assigned and emails both", async () => {
    request = await queuedRequest("northside-mind");
    const visitId = await assignVisit(await admin(), request, await choose(DAWN, MARCUS, "2026-11-23"), { today: TODAY });
    const visit = await app.prisma.visit.findUniqueOrThrow({ where: { id: visitId }, include: { assessors: true } });
    expect(visit).toMatchObject({ assessmentRequestId: request, status: "SCHEDULED", assignedById: (await admin()).userId });
    expect(visit.scheduledFor.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(visit.assessors.map((a) => [a.userId, a.isLead]).sort()).toEqual([[await id(DAWN), true], [await id(MARCUS), false]].sort());
    expect((await app.prisma.assessmentRequest.findUniqueOrThrow({ where: { id: request } })).status).toBe("ASSIGNED");
    const mails = await app.prisma.outboxEmail.findMany({ where: { to: { in: [DAWN, MARCUS] } }, orderBy: { to: "asc" } });
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [DAWN, "You are the lead assessor for Northside Mind on 23 November 2026"],
      [MARCUS, "You are the co-assessor for Northside Mind on 23 November 2026"],
    ]);
    expect(mails[1]?.text).toContain("Dawn Hughes will be the lead assessor.");
    expect(mails[0]?.text).toContain("/assessor");
  });

  it("refuses a second assignment of the same request", async () => {
    const error = await rejection(assignVisit(await admin(), request, await choose(MARCUS, DAWN), { today: TODAY }));
    expect(error.kind).toBe("CONFLICT");
    expect(await app.prisma.visit.count({ where: { assessmentRequestId: request } })).toBe(1);
  });

  it("two admins assigning at once produce one visit", async () => {
    const racing = await queuedRequest("elm-house");
    const results = await Promise.allSettled([assignVisit(await admin(), racing, await choose(DAWN, MARCUS), { today: TODAY }), assignVisit(await admin(), racing, await choose(MARCUS, DAWN), { today: TODAY })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected");
    expect(failure && failure.status === "rejected" ? (failure.reason as AppError).kind : null).toBe("CONFLICT");
    expect(await app.prisma.visit.count({ where: { assessmentRequestId: racing } })).toBe(1);
  });

  it("each assessor sees only the visits they are assigned to", async () => {
    const dawnVisits = await listMyVisits(await app.actorFor(DAWN));
    expect(dawnVisits.find((v) => v.organisationName === "Northside Mind")).toMatchObject({ role: "LEAD", scheduledFor: "2026-11-23", status: "SCHEDULED", partnerName: "Marcus Bell" });
    // Dawn alone with Sam: Marcus must not see it.
    const sam = await app.prisma.user.findUniqueOrThrow({ where: { email: "assessor.three@demo.test" } });
    const other = await queuedRequest("harbour-recovery");
    const organisation = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "harbour-recovery" } });
    await app.prisma.visit.create({ data: { assessmentRequestId: other, organisationId: organisation.id, scheduledFor: new Date("2027-01-05T00:00:00Z"), assessors: { create: [{ userId: await id(DAWN), isLead: true }, { userId: sam.id, isLead: false }] } } });
    expect((await listMyVisits(await app.actorFor(DAWN))).map((v) => v.organisationName)).toContain("Harbour Recovery");
    expect((await listMyVisits(await app.actorFor(MARCUS))).map((v) => v.organisationName)).not.toContain("Harbour Recovery");
    expect((await listMyVisits(await app.actorFor("assessor.three@demo.test"))).map((v) => [v.organisationName, v.role])).toEqual([["Harbour Recovery", "CO_ASSESSOR"]]);
    expect((await rejection(listMyVisits(await admin()))).kind).toBe("FORBIDDEN");
  });
});
