// Loads the demo world once. Runs outside Next.js (from scripts/with-db.ts and tests), so it
// takes its Prisma client as a parameter rather than importing the app's server-only one.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/passwords";
import { importFramework } from "@/lib/standard/import-framework";
import { frameworkV1 } from "@/lib/standard/content/v1";
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from "@/lib/seed/demo-data";
import { assertDemoSeedAllowed } from "@/lib/seed/guard";
import { seedDemoEvidence } from "@/lib/seed/demo-evidence";
import { seedDemoPlan } from "@/lib/seed/demo-plan";
import { seedDemoSelfAssessments } from "@/lib/seed/demo-self-assessment";
import { seedDemoAssessors } from "@/lib/seed/demo-assessors";
import { seedDemoAwards } from "@/lib/seed/demo-awards";
import { seedDemoPayments } from "@/lib/seed/demo-payments";
import { seedDemoSharing } from "@/lib/seed/demo-sharing";
import { seedDemoFeedback } from "@/lib/seed/demo-feedback";

export type SeedResult = { seeded: boolean };

/** Seeds demo data unless the database already holds organisations. All or nothing. */
export async function seedDemo(prisma: PrismaClient, env: Record<string, string | undefined> = process.env): Promise<SeedResult> {
  assertDemoSeedAllowed(env);
  if ((await prisma.organisation.count()) > 0) return { seeded: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      const ids = new Map<string, string>();
      for (const org of DEMO_ORGANISATIONS) {
        const created = await tx.organisation.create({ data: org, select: { id: true } });
        ids.set(org.slug, created.id);
      }
      const users = new Map<string, string>();
      for (const account of DEMO_ACCOUNTS) {
        const organisationId = ids.get(account.organisationSlug);
        if (!organisationId) throw new Error(`Demo account ${account.email} names an unknown organisation`);
        const user = await tx.user.create({
          data: { email: account.email, name: account.name, passwordHash, memberships: { create: { organisationId, role: account.role } } },
          select: { id: true },
        });
        users.set(account.email, user.id);
      }
      const frameworkVersionId = await importFramework(tx, frameworkV1, { version: 1, status: "PUBLISHED", publishedAt: new Date("2026-04-01T09:00:00Z") });
      const criteriaRows = await tx.criterion.findMany({ where: { statement: { frameworkVersionId } }, select: { id: true, code: true } });
      const ctx = { organisations: ids, users, criteria: new Map(criteriaRows.map((c) => [c.code, c.id])), frameworkVersionId };
      await seedDemoEvidence(tx, ctx);
      await seedDemoPlan(tx, ctx);
      await seedDemoSelfAssessments(tx, ctx);
      await seedDemoAssessors(tx, ctx);
      await seedDemoAwards(tx, ctx);
      await seedDemoPayments(tx, ctx);
      await seedDemoSharing(tx, ctx);
      await seedDemoFeedback(tx, ctx);
    },
    { timeout: 60_000 },
  );
  return { seeded: true };
}
