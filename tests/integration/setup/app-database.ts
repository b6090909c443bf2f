// Points the app's own data layer (lib/db/client.ts) at a fresh, migrated database for one test
// file, and seeds the demo world into it, so services are tested exactly as the app runs them.
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/db/prisma-factory";
import { seedDemo } from "@/lib/seed/seed-demo";
import { loadActor, type Actor } from "@/lib/access/actor";
import { createMigratedDatabase, type TestDatabase } from "./test-database";

export type AppDatabase = { prisma: PrismaClient; actorFor: (email: string) => Promise<Actor> };

export function seededAppDatabase(): AppDatabase {
  let database: TestDatabase | undefined;
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createMigratedDatabase("app");
    process.env.DATABASE_URL = database.url;
    process.env.NEXTAUTH_SECRET ??= "integration-test-secret-long-enough-0000";
    prisma = createClient(database.url, 3);
    await seedDemo(prisma, { NODE_ENV: "test" });
  });
  afterAll(async () => {
    const globalPrisma = (globalThis as { prisma?: PrismaClient }).prisma;
    await globalPrisma?.$disconnect();
    await prisma?.$disconnect();
    await database?.drop();
  });
  return {
    get prisma() {
      if (!prisma) throw new Error("The test database is not ready yet");
      return prisma;
    },
    actorFor: async (email: string) => {
      if (!prisma) throw new Error("The test database is not ready yet");
      const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const actor = await loadActor(user.id);
      if (!actor) throw new Error(`No actor for ${email}`);
      return actor;
    },
  };
}
