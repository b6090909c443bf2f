import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/db/prisma-factory";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-data";
import { createMigratedDatabase, type TestDatabase } from "./setup/test-database";

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createMigratedDatabase("seed");
  prisma = createClient(database.url, 2);
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe("the demo seed", () => {
  it("refuses to run in production unless SEED_DEMO=1", async () => {
    await expect(seedDemo(prisma, { NODE_ENV: "production" })).rejects.toThrow(/SEED_DEMO=1/);
    expect(await prisma.organisation.count()).toBe(0);
  });

  it("creates the scheme, five providers, a commissioning body and every README account", async () => {
    expect(await seedDemo(prisma, { NODE_ENV: "development" })).toEqual({ seeded: true });
    const orgs = await prisma.organisation.findMany({ select: { slug: true, kind: true } });
    expect(orgs.filter((o) => o.kind === "PROVIDER").map((o) => o.slug).sort()).toEqual(["aire-valley-carers", "elm-house", "harbour-recovery", "northside-mind", "riverside-peer-support"]);
    expect(orgs.filter((o) => o.kind === "COMMISSIONER")).toHaveLength(1);
    expect(orgs.filter((o) => o.kind === "SCHEME")).toHaveLength(1);
    const users = await prisma.user.findMany({ select: { email: true, memberships: { select: { role: true } } } });
    for (const account of DEMO_ACCOUNTS) {
      expect(users.find((u) => u.email === account.email)?.memberships.map((m) => m.role)).toEqual([account.role]);
    }
  });

  it("loads the six I Statements of the published standard", async () => {
    const framework = await prisma.frameworkVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, include: { statements: { include: { criteria: true } } } });
    expect(framework.statements.map((s) => s.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const statement of framework.statements) expect(new Set(statement.criteria.map((c) => c.level))).toEqual(new Set([1, 2, 3]));
  });

  it("does nothing the second time", async () => {
    expect(await seedDemo(prisma, { NODE_ENV: "development" })).toEqual({ seeded: false });
    expect(await prisma.user.count()).toBe(DEMO_ACCOUNTS.length);
  });
});
