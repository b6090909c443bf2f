// Creates a Prisma client for a connection string. Not server-only, so scripts and tests that
// run outside Next.js can use it; the app itself uses the singleton in lib/db/client.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 }) });
}
