// Tenant isolation through the one scoped data layer: a member of one organisation can never
// read or change another's data, and gets "not found" rather than "forbidden".
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getOrganisation, listOrganisations } from "@/lib/organisations/get-organisation";
import { updateOrganisationDetails } from "@/lib/organisations/update-organisation";
import { listMembers } from "@/lib/members/list-members";
import { listOutbox } from "@/lib/mail/list-outbox";
import { DEMO_ORGANISATIONS } from "@/lib/seed/demo-data";
import { seededAppDatabase } from "./setup/app-database";

const app = seededAppDatabase();

async function expectKind(promise: Promise<unknown>, kind: AppError["kind"]) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe(kind);
}

const validDetails = { name: "Renamed", serviceType: "", area: "Leeds", contactName: "", contactEmail: "", contactPhone: "" };
const PROVIDERS = ["northside-mind", "harbour-recovery", "elm-house"] as const;

describe.each(PROVIDERS)("a member of %s", (own) => {
  const others = PROVIDERS.filter((slug) => slug !== own);

  it("reads their own organisation and its people", async () => {
    for (const email of [`admin@${own}.demo.test`, `member@${own}.demo.test`]) {
      const actor = await app.actorFor(email);
      expect((await getOrganisation(actor, own)).slug).toBe(own);
      expect((await listMembers(actor, own)).map((m) => m.email)).toContain(email);
    }
  });

  it("lists only their own organisation", async () => {
    const actor = await app.actorFor(`member@${own}.demo.test`);
    expect((await listOrganisations(actor)).map((o) => o.slug)).toEqual([own]);
  });

  it.each(others)("gets not found for %s's organisation, people and details form", async (other) => {
    for (const email of [`admin@${own}.demo.test`, `member@${own}.demo.test`]) {
      const actor = await app.actorFor(email);
      await expectKind(getOrganisation(actor, other), "NOT_FOUND");
      await expectKind(listMembers(actor, other), "NOT_FOUND");
      await expectKind(updateOrganisationDetails(actor, other, validDetails), "NOT_FOUND");
    }
    const untouched = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: other } });
    expect(untouched.name).not.toBe("Renamed");
  });

  it("cannot read the email outbox", async () => {
    await expectKind(listOutbox(await app.actorFor(`admin@${own}.demo.test`)), "FORBIDDEN");
  });
});

describe("roles across organisations", () => {
  it("lets an organisation admin change their details but not a member", async () => {
    const admin = await app.actorFor("admin@elm-house.demo.test");
    const updated = await updateOrganisationDetails(admin, "elm-house", { ...validDetails, name: "Elm House Recovery", serviceKinds: ["Supported housing", "Supported housing", "Advocacy"] });
    expect(updated).toMatchObject({ name: "Elm House Recovery", serviceKinds: ["Supported housing", "Advocacy"] });
    await expectKind(updateOrganisationDetails(await app.actorFor("member@elm-house.demo.test"), "elm-house", validDetails), "NOT_FOUND");
  });

  it("rejects invalid details with field messages and writes nothing", async () => {
    const admin = await app.actorFor("admin@northside-mind.demo.test");
    const error = await updateOrganisationDetails(admin, "northside-mind", { ...validDetails, name: "", contactEmail: "not-an-email" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors.name?.[0]).toMatch(/Enter the organisation's name/);
    expect((error as AppError).fieldErrors.contactEmail?.[0]).toMatch(/correct format/);
    const badKind = await updateOrganisationDetails(admin, "northside-mind", { ...validDetails, serviceKinds: ["Dentistry"] }).catch((e: unknown) => e);
    expect((badKind as AppError).fieldErrors.serviceKinds).toEqual(["Choose kinds of service from the list"]);
    expect((await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "northside-mind" } })).name).toBe("Northside Mind");
  });

  it("lets a commissioner see providers but not change them or see their people", async () => {
    const commissioner = await app.actorFor("commissioner@demo.test");
    const providers = DEMO_ORGANISATIONS.filter((o) => o.kind === "PROVIDER").map((o) => o.slug);
    expect((await listOrganisations(commissioner, { kind: "PROVIDER" })).map((o) => o.slug).sort()).toEqual(providers.sort());
    await expectKind(updateOrganisationDetails(commissioner, "elm-house", validDetails), "NOT_FOUND");
    await expectKind(listMembers(commissioner, "elm-house"), "NOT_FOUND");
  });

  it("keeps providers out of an assessor's reach until they are assigned a visit", async () => {
    const assessor = await app.actorFor("assessor.one@demo.test");
    for (const slug of PROVIDERS) await expectKind(getOrganisation(assessor, slug), "NOT_FOUND");
  });

  it("lets a scheme admin see every organisation and the outbox", async () => {
    const admin = await app.actorFor("scheme.admin@demo.test");
    expect((await listOrganisations(admin)).length).toBe(DEMO_ORGANISATIONS.length);
    await expect(listOutbox(admin)).resolves.toBeInstanceOf(Array);
  });
});
