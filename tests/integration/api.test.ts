// The read-only JSON API on a real database, through its route handlers: keys (shown once, stored
// hashed, revocable), every endpoint's answers checked against the documented schemas, 400s that
// name the parameter, cursors, the rate limit, and what a key's body may see.
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/api-keys/api-keys";
import { hashApiKey } from "@/lib/api-keys/key-format";
import { openApiDocument } from "@/lib/api/openapi";
import { awardSchema, errorSchema, organisationDetailSchema, organisationListSchema } from "@/lib/api/schemas";
import { setEvidenceSharing } from "@/lib/sharing/evidence-sharing";
import { GET as listOrganisations } from "@/app/api/v1/organisations/route";
import { GET as getOrganisation } from "@/app/api/v1/organisations/[id]/route";
import { GET as getAward } from "@/app/api/v1/awards/[code]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { seededAppDatabase } from "./setup/app-database";
import { award, provider } from "./register-fixtures";

const app = seededAppDatabase();
const COMMISSIONER = "commissioner@demo.test";
let key = "";
let orchardId = "";
let leedsPlaceId = "";

const request = (path: string, apiKey: string | null = key) =>
  new Request(`http://localhost${path}`, { headers: apiKey === null ? {} : { authorization: `Bearer ${apiKey}` } });
const list = (query = "", apiKey: string | null = key) => listOrganisations(request(`/api/v1/organisations${query}`, apiKey));
const one = (id: string, apiKey: string | null = key) => getOrganisation(request(`/api/v1/organisations/${id}`, apiKey), { params: Promise.resolve({ id }) });
const byCode = (code: string, apiKey: string | null = key) => getAward(request(`/api/v1/awards/${code}`, apiKey), { params: Promise.resolve({ code }) });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function error(response: Response, status: number) {
  expect(response.status).toBe(status);
  return errorSchema.parse(await response.json()).error;
}

beforeAll(async () => {
  leedsPlaceId = (await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "leeds-place-commissioning" } })).id;
  orchardId = await provider(app.prisma, { name: "Orchard Recovery College", area: "Leeds East", serviceKinds: ["Employment, education and training"] });
  await award(app.prisma, orchardId, { level: 3, issuedOn: "2026-06-01", expiresOn: "2028-06-01", code: "CQM-0RCH-3333" });
  ({ key } = await createApiKey(await app.actorFor(COMMISSIONER), { name: "Contracts database" }));
});

describe("API keys", () => {
  it("shows a key once and keeps only its hash and prefix", async () => {
    expect(key).toMatch(/^cqm_[A-Za-z0-9_-]{43}$/);
    const stored = await app.prisma.apiKey.findFirstOrThrow({ where: { name: "Contracts database" } });
    expect(stored.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(stored)).not.toContain(key);
    const listed = await listApiKeys(await app.actorFor(COMMISSIONER));
    expect(listed).toEqual([expect.objectContaining({ name: "Contracts database", prefix: key.slice(0, 12), createdByName: "Helen Okafor", revokedAt: null })]);
  });

  it("records when a key was last used", async () => {
    expect((await list()).status).toBe(200);
    expect((await app.prisma.apiKey.findFirstOrThrow({ where: { keyHash: hashApiKey(key) } })).lastUsedAt).not.toBeNull();
  });

  it("refuses a nameless key with a message", async () => {
    const refused = await rejection(createApiKey(await app.actorFor(COMMISSIONER), { name: "  " }));
    expect(refused.fieldErrors).toEqual({ name: ["Enter a name for the key, such as the system that will use it"] });
  });

  it("are managed only by the commissioning body's own users", async () => {
    const other = await app.prisma.organisation.create({ data: { kind: "COMMISSIONER", name: "Bradford Council", slug: "bradford-council", area: "Bradford" } });
    await app.prisma.user.create({ data: { email: "commissioner@bradford.test", name: "Bea Lowe", memberships: { create: { organisationId: other.id, role: "COMMISSIONER" } } } });
    const stranger = await app.actorFor("commissioner@bradford.test");
    const keyId = (await app.prisma.apiKey.findFirstOrThrow({ where: { keyHash: hashApiKey(key) } })).id;
    expect(await listApiKeys(stranger)).toEqual([]);
    expect((await rejection(revokeApiKey(stranger, keyId))).kind).toBe("NOT_FOUND");
    for (const email of ["admin@northside-mind.demo.test", "member@northside-mind.demo.test", "assessor.one@demo.test", "scheme.admin@demo.test"]) {
      const actor = await app.actorFor(email);
      expect((await rejection(listApiKeys(actor))).kind).toBe("NOT_FOUND");
      expect((await rejection(createApiKey(actor, { name: "Mine" }))).kind).toBe("NOT_FOUND");
      expect((await rejection(revokeApiKey(actor, keyId))).kind).toBe("NOT_FOUND");
    }
    expect((await list()).status).toBe(200);
  });

  it("stops working at once when revoked", async () => {
    const commissioner = await app.actorFor(COMMISSIONER);
    const spare = await createApiKey(commissioner, { name: "Spare" });
    expect((await list("", spare.key)).status).toBe(200);
    await revokeApiKey(commissioner, spare.id);
    expect((await error(await list("", spare.key), 401)).code).toBe("UNAUTHORISED");
    const audit = await app.prisma.auditEvent.findMany({ where: { entityType: "ApiKey", entityId: spare.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["api_key.created", "api_key.revoked"]);
  });

  it.each([
    ["no key", null],
    ["a malformed key", "not-a-key"],
    ["an unknown key", `cqm_${"A".repeat(43)}`],
  ])("answers %s with 401 and a JSON error", async (_label, apiKey) => {
    const response = await list("", apiKey);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect((await error(response, 401)).message).toContain("Authorization: Bearer");
  });
});

describe("GET /api/v1/organisations", () => {
  it("lists every provider with its award, in the documented shape", async () => {
    const body = organisationListSchema.parse(await (await list("?limit=100")).json());
    expect(body.data.map((o) => o.name)).toContain("Orchard Recovery College");
    expect(body.data.find((o) => o.id === orchardId)).toMatchObject({ standing: "AWARDED", award: { level: 3, verificationCode: "CQM-0RCH-3333" } });
    expect(body.data.every((o) => o.slug !== "leeds-place-commissioning")).toBe(true);
  });

  it("filters as the register does", async () => {
    const body = organisationListSchema.parse(await (await list("?level=3&service=Employment,%20education%20and%20training")).json());
    expect(body.data.map((o) => o.name)).toEqual(["Orchard Recovery College"]);
  });

  it("walks pages by cursor without skipping or repeating", async () => {
    const everyone = organisationListSchema.parse(await (await list("?limit=100&sort=level")).json()).data.map((o) => o.id);
    const walked: string[] = [];
    let next: string | null = null;
    do {
      const body = organisationListSchema.parse(await (await list(`?limit=2&sort=level${next ? `&cursor=${next}` : ""}`)).json());
      walked.push(...body.data.map((o) => o.id));
      next = body.next;
    } while (next);
    expect(walked).toEqual(everyone);
  });

  it.each([
    ["?level=5", "level"],
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?limit=ten", "limit"],
    ["?sort=shoe-size", "sort"],
    ["?expiringSoon=maybe", "expiringSoon"],
    ["?cursor=%7B%22not%22%3A1%7D", "cursor"],
    ["?cursor=!!!", "cursor"],
  ])("answers %s with 400 naming the parameter", async (query, param) => {
    expect(await error(await list(query), 400)).toMatchObject({ code: "BAD_REQUEST", param });
  });

  it("refuses a cursor from another sort order", async () => {
    const { next } = organisationListSchema.parse(await (await list("?limit=1&sort=name")).json());
    expect(next).not.toBeNull();
    expect((await error(await list(`?sort=level&cursor=${next}`), 400)).message).toContain("different sort order");
  });

  it("answers 429 with Retry-After once the key's minute is used up", async () => {
    const limited = await createApiKey(await app.actorFor(COMMISSIONER), { name: "Busy system" });
    await app.prisma.rateLimitBucket.create({ data: { key: `api:${limited.id}`, count: 1_000_000, resetAt: new Date(Date.now() + 30_000) } });
    const response = await list("", limited.key);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await error(response, 429)).code).toBe("RATE_LIMITED");
    expect((await list()).status).toBe(200);
  });
});

describe("GET /api/v1/organisations/{id}", () => {
  it("gives the award's frozen levels and history, and evidence only once shared with the key's body", async () => {
    const northside = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "northside-mind" } });
    const before = organisationDetailSchema.parse(await (await one(northside.id)).json());
    expect(before.sharedEvidence).toBeNull();
    await setEvidenceSharing(await app.actorFor("admin@northside-mind.demo.test"), "northside-mind", leedsPlaceId, { share: "yes" });
    const after = organisationDetailSchema.parse(await (await one(northside.id)).json());
    expect(after.sharedEvidence?.length).toBeGreaterThan(0);
    await setEvidenceSharing(await app.actorFor("admin@northside-mind.demo.test"), "northside-mind", leedsPlaceId, { share: "no" });
    expect(organisationDetailSchema.parse(await (await one(northside.id)).json()).sharedEvidence).toBeNull();
  });

  it("does not show evidence shared with another body to this key", async () => {
    const bradford = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "bradford-council" } });
    const northside = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "northside-mind" } });
    await app.prisma.evidenceShare.create({ data: { providerId: northside.id, commissionerId: bradford.id } });
    expect(organisationDetailSchema.parse(await (await one(northside.id)).json()).sharedEvidence).toBeNull();
  });

  it("answers 404 for commissioning bodies, the scheme and made-up ids", async () => {
    const scheme = await app.prisma.organisation.findUniqueOrThrow({ where: { slug: "leeds-coproduction-quality-mark" } });
    for (const id of [leedsPlaceId, scheme.id, "nope", "' OR 1=1 --"]) expect((await error(await one(id), 404)).code).toBe("NOT_FOUND");
  });
});

describe("GET /api/v1/awards/{code}", () => {
  it("finds an award by its code, forgiving case", async () => {
    const body = awardSchema.parse(await (await byCode("cqm-0rch-3333")).json());
    expect(body).toMatchObject({ verificationCode: "CQM-0RCH-3333", level: 3, standing: "CURRENT", organisation: { id: orchardId } });
  });

  it.each(["CQM-ZZZZ-ZZZZ", "nonsense", "%"])("answers %s with 404", async (code) => {
    expect((await error(await byCode(code), 404)).code).toBe("NOT_FOUND");
  });

  it("needs a key like every endpoint", async () => {
    expect((await error(await byCode("CQM-0RCH-3333", null), 401)).code).toBe("UNAUTHORISED");
  });
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 whose references all resolve", async () => {
    const doc = (await getOpenApi().json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/organisations", "/api/v1/organisations/{id}", "/api/v1/awards/{code}"]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it("documents every query parameter the list endpoint accepts", () => {
    const doc = openApiDocument("http://localhost") as { paths: { "/api/v1/organisations": { get: { parameters: { name: string; schema: { enum?: string[] } }[] } } } };
    const params = doc.paths["/api/v1/organisations"].get.parameters;
    expect(params.map((p) => p.name).sort()).toEqual(["area", "cursor", "expiringSoon", "level", "limit", "q", "service", "sort"]);
    expect(params.find((p) => p.name === "level")?.schema.enum).toEqual(["1", "2", "3", "not-yet", "none"]);
  });
});
