import { createClient } from "../lib/db/prisma-factory";
import { seedDemo } from "../lib/seed/seed-demo";

/** Seeds demo data when allowed and the database is empty; returns a line to print. */
export async function seedDatabase(databaseUrl: string, env: Record<string, string | undefined>): Promise<string> {
  if (env.NODE_ENV === "production" && env.SEED_DEMO !== "1") return "Production: demo data not loaded (set SEED_DEMO=1 to load it)";
  const prisma = createClient(databaseUrl);
  try {
    const result = await seedDemo(prisma, env);
    return result.seeded ? "Loaded demo data (accounts are listed in the README; password demo-password-1)" : "Demo data already present";
  } finally {
    await prisma.$disconnect();
  }
}
