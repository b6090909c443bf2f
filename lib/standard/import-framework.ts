// Writes a framework's content (statements and criteria) as a new version. Takes the client as
// a parameter so the seed, which runs outside Next.js, can use it too.
import type { PrismaClient } from "@/generated/prisma/client";
import type { FrameworkContent } from "@/lib/standard/content/types";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type ImportFrameworkOptions = { version: number; status: "DRAFT" | "PUBLISHED"; publishedAt?: Date; basedOnId?: string };

export async function importFramework(tx: Tx, content: FrameworkContent, options: ImportFrameworkOptions): Promise<string> {
  const framework = await tx.frameworkVersion.create({
    data: {
      version: options.version,
      title: content.title,
      status: options.status,
      publishedAt: options.status === "PUBLISHED" ? (options.publishedAt ?? new Date()) : null,
      basedOnId: options.basedOnId ?? null,
    },
    select: { id: true },
  });
  for (const statement of content.statements) {
    await tx.statement.create({
      data: {
        frameworkVersionId: framework.id,
        number: statement.number,
        text: statement.text,
        explanation: statement.explanation,
        easyRead: statement.easyRead,
        criteria: {
          create: statement.criteria.map((criterion, position) => ({
            code: criterion.code,
            level: criterion.level,
            position,
            text: criterion.text,
            easyRead: criterion.easyRead,
            guidance: criterion.guidance,
            evidenceExamples: criterion.evidenceExamples,
          })),
        },
      },
    });
  }
  return framework.id;
}
