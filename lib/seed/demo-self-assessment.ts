// Demo answers for the three providers, so the task list, the level preview and the request
// journey have something real to show.
import type { PrismaClient } from "@/generated/prisma/client";
import { DEMO_SELF_ASSESSMENTS } from "@/lib/seed/demo-self-assessment-content";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DemoContext = {
  organisations: Map<string, string>;
  users: Map<string, string>;
  criteria: Map<string, string>;
  frameworkVersionId: string;
};

export async function seedDemoSelfAssessments(tx: Tx, ctx: DemoContext): Promise<void> {
  for (const [slug, { answers, readyStatements }] of Object.entries(DEMO_SELF_ASSESSMENTS)) {
    const organisationId = ctx.organisations.get(slug);
    if (!organisationId) throw new Error(`Demo self-assessment for unknown organisation ${slug}`);
    const author = ctx.users.get(`admin@${slug}.demo.test`) ?? null;
    await tx.selfAssessment.create({
      data: {
        organisationId,
        frameworkVersionId: ctx.frameworkVersionId,
        rulesVersion: 1,
        answers: {
          create: answers.map((answer) => {
            const criterionId = ctx.criteria.get(answer.code);
            if (!criterionId) throw new Error(`Demo answer for unknown criterion ${answer.code}`);
            return { criterionId, claim: answer.claim, account: answer.account, updatedById: author };
          }),
        },
        statements: { create: readyStatements.map((statementNumber) => ({ statementNumber, readyAt: new Date("2026-11-02T10:00:00Z"), readyById: author })) },
      },
    });
  }
}
