// The register's one query on a real database: what each provider's entry says, every filter,
// the sort orders, pages and cursors that never skip or repeat a row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/db/prisma-factory";
import { listRegisterAfter, listRegisterPage, registerLevelCounts, type RegisterCursor, type RegisterEntry } from "@/lib/register/list-register";
import { registerPageSchema, type RegisterFilters } from "@/lib/register/register-query";
import { createMigratedDatabase, type TestDatabase } from "./setup/test-database";
import { award, noAward, provider } from "./register-fixtures";

const TODAY = "2026-11-23";
let database: TestDatabase;
let prisma: PrismaClient;

const filters = (input: Record<string, string> = {}): RegisterFilters => registerPageSchema.parse(input);
const names = (entries: RegisterEntry[]) => entries.map((e) => e.name);

beforeAll(async () => {
  database = await createMigratedDatabase("register");
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-long-enough-0000";
  prisma = createClient(database.url, 2);
  const acorn = await provider(prisma, { name: "Acorn Housing", area: "Leeds West", serviceKinds: ["Supported housing"] });
  await award(prisma, acorn, { level: 2, issuedOn: "2026-01-10", expiresOn: "2028-01-10", code: "CQM-ACRN-0002" });
  const beacon = await provider(prisma, { name: "Beacon Peer Support", area: "Leeds Inner", serviceKinds: ["Peer support"] });
  await award(prisma, beacon, { level: 1, issuedOn: "2024-12-01", expiresOn: "2026-12-31" });
  const cedar = await provider(prisma, { name: "Cedar Carers", area: "Leeds West", serviceKinds: ["Carers' support"] });
  await award(prisma, cedar, { level: 3, issuedOn: "2023-01-01", expiresOn: "2025-01-01" });
  await noAward(prisma, cedar, "2026-06-01");
  const delta = await provider(prisma, { name: "Delta 100% Recovery_House", area: "Leeds South", serviceKinds: ["Drug and alcohol recovery", "Peer support"] });
  await award(prisma, delta, { level: 3, issuedOn: "2026-03-01", expiresOn: "2028-03-01", status: "SUSPENDED", reviewPending: true });
  const elder = await provider(prisma, { name: "Elder Voices", area: "Leeds North" });
  await award(prisma, elder, { level: 1, issuedOn: "2025-01-01", expiresOn: "2027-01-01", status: "REVOKED" });
  const fern = await provider(prisma, { name: "Fern Advocacy", area: "Leeds North", serviceKinds: ["Advocacy"] });
  await award(prisma, fern, { level: 1, issuedOn: "2024-05-01", expiresOn: "2026-05-01", status: "SUPERSEDED" });
  await award(prisma, fern, { level: 2, issuedOn: "2026-05-01", expiresOn: "2028-05-01" });
  await prisma.organisation.create({ data: { kind: "COMMISSIONER", name: "A Commissioning Body", slug: "a-commissioning-body", area: "Leeds" } });
});

afterAll(async () => {
  await (globalThis as { prisma?: PrismaClient }).prisma?.$disconnect();
  await prisma.$disconnect();
  await database.drop();
});

describe("each provider's entry", () => {
  it("lists providers only, by name, with the award in force today", async () => {
    const page = await listRegisterPage(filters(), 1, TODAY);
    expect(names(page.entries)).toEqual(["Acorn Housing", "Beacon Peer Support", "Cedar Carers", "Delta 100% Recovery_House", "Elder Voices", "Fern Advocacy"]);
    expect(page.total).toBe(6);
    expect(page.entries[0]).toMatchObject({ standing: "AWARDED", award: { level: 2, issuedOn: "2026-01-10", expiresOn: "2028-01-10", verificationCode: "CQM-ACRN-0002", underReview: false } });
  });

  it("says 'not yet level 1' after a no-award decision once an old award has expired, and 'no award' after a revocation", async () => {
    const byName = new Map((await listRegisterPage(filters(), 1, TODAY)).entries.map((e) => [e.name, e]));
    expect(byName.get("Cedar Carers")).toMatchObject({ standing: "NOT_YET_LEVEL_1", award: null });
    expect(byName.get("Elder Voices")).toMatchObject({ standing: "NO_AWARD", award: null });
  });

  it("shows a suspended award as suspended and under review, and a renewed award instead of the one it replaced", async () => {
    const byName = new Map((await listRegisterPage(filters(), 1, TODAY)).entries.map((e) => [e.name, e]));
    expect(byName.get("Delta 100% Recovery_House")).toMatchObject({ standing: "SUSPENDED", award: { level: 3, underReview: true } });
    expect(byName.get("Fern Advocacy")?.award?.level).toBe(2);
  });

  it("counts an award on its last day and drops it the day after", async () => {
    const onLastDay = await listRegisterPage(filters({ q: "Beacon" }), 1, "2026-12-31");
    expect(onLastDay.entries[0]?.standing).toBe("AWARDED");
    const dayAfter = await listRegisterPage(filters({ q: "Beacon" }), 1, "2027-01-01");
    expect(dayAfter.entries[0]).toMatchObject({ standing: "NO_AWARD", award: null });
  });
});

describe("filters", () => {
  it.each([
    [{ level: "1" }, ["Beacon Peer Support"]],
    [{ level: "2" }, ["Acorn Housing", "Fern Advocacy"]],
    [{ level: "3" }, ["Delta 100% Recovery_House"]],
    [{ level: "not-yet" }, ["Cedar Carers"]],
    [{ level: "none" }, ["Elder Voices"]],
    [{ area: "leeds west" }, ["Acorn Housing", "Cedar Carers"]],
    [{ service: "Peer support" }, ["Beacon Peer Support", "Delta 100% Recovery_House"]],
    [{ expiringSoon: "true" }, ["Beacon Peer Support"]],
    [{ q: "carers" }, ["Cedar Carers"]],
    [{ q: "100%" }, ["Delta 100% Recovery_House"]],
    [{ q: "_" }, ["Delta 100% Recovery_House"]],
    [{ level: "2", area: "Leeds North" }, ["Fern Advocacy"]],
  ])("%o finds %o", async (input, expected) => {
    expect(names((await listRegisterPage(filters(input), 1, TODAY)).entries)).toEqual(expected);
  });
});

describe("sorting and paging", () => {
  it("sorts by level, highest first, then by name", async () => {
    expect(names((await listRegisterPage(filters({ sort: "level" }), 1, TODAY)).entries)).toEqual([
      "Delta 100% Recovery_House",
      "Acorn Housing",
      "Fern Advocacy",
      "Beacon Peer Support",
      "Cedar Carers",
      "Elder Voices",
    ]);
  });

  it("sorts by expiry, soonest first, with no award last", async () => {
    expect(names((await listRegisterPage(filters({ sort: "expiry" }), 1, TODAY)).entries)).toEqual([
      "Beacon Peer Support",
      "Acorn Housing",
      "Delta 100% Recovery_House",
      "Fern Advocacy",
      "Cedar Carers",
      "Elder Voices",
    ]);
  });

  it("walks every sort by cursor without skipping or repeating a row", async () => {
    for (const sort of ["name", "level", "expiry"] as const) {
      const whole = names((await listRegisterPage(filters({ sort }), 1, TODAY)).entries);
      const walked: string[] = [];
      let cursor: RegisterCursor | null = null;
      do {
        const slice = await listRegisterAfter(filters({ sort }), cursor, 4, TODAY);
        walked.push(...names(slice.entries));
        cursor = slice.next;
      } while (cursor);
      expect(walked).toEqual(whole);
    }
  });

  it("gives an empty page past the end with the true total", async () => {
    const page = await listRegisterPage(filters(), 3, TODAY);
    expect(page).toMatchObject({ entries: [], total: 6, pageCount: 1 });
  });
});

describe("counts for the scheme overview", () => {
  it("counts providers by where they stand today, and awards expiring within 90 days", async () => {
    expect(await registerLevelCounts(TODAY)).toEqual({ level3: 0, level2: 2, level1: 1, suspended: 1, notYetLevel1: 1, noAward: 1, expiringSoon: 1 });
  });
});
