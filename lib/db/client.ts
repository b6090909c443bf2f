import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/db/prisma-factory";
import { getEnv } from "@/lib/env";

// One client per process; dev hot-reload would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client. Only lib/ services may use it; pages go through those services. */
export function db(): PrismaClient {
  globalForPrisma.prisma ??= createClient(getEnv().DATABASE_URL);
  return globalForPrisma.prisma;
}
