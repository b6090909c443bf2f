import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";

// The standard is public, not tenant-owned: anyone may read a published version.

export type CriterionView = { id: string; code: string; level: number; text: string; easyRead: string; guidance: string; evidenceExamples: string[] };
export type StatementView = { id: string; number: number; text: string; explanation: string; easyRead: string; criteria: CriterionView[] };
export type FrameworkView = {
  id: string;
  version: number;
  title: string;
  status: "DRAFT" | "PUBLISHED";
  rulesVersion: number;
  publishedAt: Date | null;
  statements: StatementView[];
};

const SELECT = {
  id: true,
  version: true,
  title: true,
  status: true,
  rulesVersion: true,
  publishedAt: true,
  statements: {
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      text: true,
      explanation: true,
      easyRead: true,
      criteria: {
        orderBy: [{ level: "asc" }, { position: "asc" }],
        select: { id: true, code: true, level: true, text: true, easyRead: true, guidance: true, evidenceExamples: true },
      },
    },
  },
} satisfies Prisma.FrameworkVersionSelect;

/** The newest published version of the standard, or null before any is published. */
export async function getCurrentFramework(): Promise<FrameworkView | null> {
  return db().frameworkVersion.findFirst({ where: { status: "PUBLISHED" }, orderBy: { version: "desc" }, select: SELECT });
}

/** A version by number, whatever its status (callers decide who may see drafts). */
export async function getFrameworkByVersion(version: number): Promise<FrameworkView | null> {
  return db().frameworkVersion.findUnique({ where: { version }, select: SELECT });
}

/** A version by id, whatever its status. */
export async function getFrameworkById(id: string): Promise<FrameworkView | null> {
  return db().frameworkVersion.findUnique({ where: { id }, select: SELECT });
}
