// The assessor pool and conflicts of interest on a real database: the scheme admin's edits with
// their validation, and each assessor declaring and removing only their own links.
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { listAssessorPool } from "@/lib/assessors/list-pool";
import { getAssessorProfile, updateAssessorProfile } from "@/lib/assessors/update-profile";
import { listConflictChoices, listMyConflicts } from "@/lib/assessors/conflicts";
import { declareConflict, removeConflict } from "@/lib/assessors/declare-conflict";
import { seedDemoAssessors } from "@/lib/seed/demo-assessors";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();
const TODAY = "2026-11-23";
const admin = () => app.actorFor("scheme.admin@demo.test");
const dawn = () => app.actorFor("assessor.one@demo.test");
const marcus = () => app.actorFor("assessor.two@demo.test");
const profile = { trainingDay: "19", trainingMonth: "9", trainingYear: "2025", accreditedDay: "1", accreditedMonth: "10", accreditedYear: "2025", expiresDay: "1", expiresMonth: "10", expiresYear: "2027", areas: "Leeds West\n\n Leeds North East ", serviceKinds: "peer groups", availability: "Tuesdays" };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  // Works whether or not lib/seed/seed-demo.ts has loaded the demo pool already.
  if ((await app.prisma.assessorProfile.count()) > 0) return;
  const organisations = new Map((await app.prisma.organisation.findMany({ select: { slug: true, id: true } })).map((o) => [o.slug, o.id]));
  const users = new Map((await app.prisma.user.findMany({ select: { email: true, id: true } })).map((u) => [u.email, u.id]));
  await seedDemoAssessors(app.prisma, { organisations, users });
});

describe("the assessor pool", () => {
  it("lists every assessor with their status, areas and declared conflicts", async () => {
    const pool = await listAssessorPool(await admin(), { today: TODAY });
    expect(pool.map((p) => p.name)).toEqual(["Dawn Hughes", "Marcus Bell"]);
    expect(pool[0]).toMatchObject({ status: { label: "Accredited until 1 October 2027", tone: "green" }, areas: ["Leeds North East", "Leeds West", "Leeds South and East"] });
    expect(pool[1]?.conflicts).toEqual([expect.objectContaining({ organisationName: "Harbour Recovery", kind: "USED_SERVICE", note: "I went to their groups in 2023" })]);
  });

  it("saves an edit, one area per line", async () => {
    const actor = await admin();
    const id = (await dawn()).userId;
    await updateAssessorProfile(actor, id, profile);
    expect(await getAssessorProfile(actor, id)).toMatchObject({ areas: ["Leeds West", "Leeds North East"], serviceKinds: ["peer groups"], accreditation: { accreditedOn: "2025-10-01", accreditationExpiresOn: "2027-10-01" } });
  });

  it("refuses an expiry on or before the accredited date, and half-entered dates", async () => {
    const actor = await admin();
    const id = (await dawn()).userId;
    const same = await rejection(updateAssessorProfile(actor, id, { ...profile, expiresYear: "2025" }));
    expect(same.kind).toBe("INVALID");
    expect(same.fieldErrors.accreditationExpiresOn).toEqual(["Expiry date must be after the accredited date"]);
    const partial = await rejection(updateAssessorProfile(actor, id, { ...profile, accreditedMonth: "" }));
    expect(partial.fieldErrors.accreditedOn).toEqual(["Accredited date must include a month"]);
    const noExpiry = await rejection(updateAssessorProfile(actor, id, { ...profile, expiresDay: "", expiresMonth: "", expiresYear: "" }));
    expect(noExpiry.fieldErrors.accreditationExpiresOn).toEqual(["Enter the date the accreditation expires"]);
    expect((await getAssessorProfile(actor, id)).accreditation?.accreditationExpiresOn).toBe("2027-10-01");
  });

  it("is for scheme admins only, and only for people in the pool", async () => {
    for (const email of ["admin@northside-mind.demo.test", "member@northside-mind.demo.test", "commissioner@demo.test", "assessor.one@demo.test"]) {
      const actor = await app.actorFor(email);
      expect((await rejection(listAssessorPool(actor))).kind).toBe("FORBIDDEN");
      expect((await rejection(updateAssessorProfile(actor, actor.userId, profile))).kind).toBe("FORBIDDEN");
    }
    const orgAdmin = await app.actorFor("admin@northside-mind.demo.test");
    expect((await rejection(updateAssessorProfile(await admin(), orgAdmin.userId, profile))).kind).toBe("NOT_FOUND");
    expect((await rejection(getAssessorProfile(await admin(), "crafted-id"))).kind).toBe("NOT_FOUND");
  });
});

describe("conflicts of interest", () => {
  const orgId = (slug: string) => app.prisma.organisation.findUniqueOrThrow({ where: { slug } }).then((o) => o.id);

  it("an assessor declares a link for themselves, whatever the form says", async () => {
    const me = await dawn();
    const other = await marcus();
    expect(await declareConflict(me, { organisationId: await orgId("elm-house"), kind: "WORKED_FOR", note: "Support worker, 2019", assessorUserId: other.userId })).toBe("Elm House");
    expect(await listMyConflicts(me)).toEqual([expect.objectContaining({ organisationName: "Elm House", kind: "WORKED_FOR", note: "Support worker, 2019" })]);
    expect((await listMyConflicts(other)).map((c) => c.organisationName)).toEqual(["Harbour Recovery"]);
    expect((await listConflictChoices(me)).map((c) => c.name)).toEqual(["Aire Valley Carers Centre", "Harbour Recovery", "Northside Mind", "Riverside Peer Support"]);
  });

  it("refuses a second declaration for the same organisation, a missing kind and non-providers", async () => {
    const me = await dawn();
    const twice = await rejection(declareConflict(me, { organisationId: await orgId("elm-house"), kind: "CLOSE_TO" }));
    expect(twice.kind).toBe("CONFLICT");
    expect((await rejection(declareConflict(me, { organisationId: await orgId("northside-mind") }))).fieldErrors.kind).toEqual(["Select how you know this organisation"]);
    for (const id of [await orgId("leeds-place-commissioning"), "crafted-id"]) {
      expect((await rejection(declareConflict(me, { organisationId: id, kind: "OTHER" }))).kind).toBe("NOT_FOUND");
    }
  });

  it("an assessor cannot remove another assessor's declaration; crafted ids are not found", async () => {
    const theirs = (await listMyConflicts(await marcus()))[0]!;
    expect((await rejection(removeConflict(await dawn(), theirs.id))).kind).toBe("NOT_FOUND");
    expect((await rejection(removeConflict(await dawn(), "crafted-id"))).kind).toBe("NOT_FOUND");
    expect(await listMyConflicts(await marcus())).toHaveLength(1);
    const mine = (await listMyConflicts(await dawn()))[0]!;
    await removeConflict(await dawn(), mine.id);
    expect(await listMyConflicts(await dawn())).toEqual([]);
  });

  it("only assessors declare", async () => {
    for (const email of ["scheme.admin@demo.test", "admin@northside-mind.demo.test", "commissioner@demo.test"]) {
      const actor = await app.actorFor(email);
      expect((await rejection(declareConflict(actor, { organisationId: await orgId("elm-house"), kind: "OTHER" }))).kind).toBe("FORBIDDEN");
      expect((await rejection(listMyConflicts(actor))).kind).toBe("FORBIDDEN");
    }
  });
});
