import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { assertSchemeAdmin, lockDraft } from "@/lib/standard/guards";
import { CRITERIA_PER_LEVEL } from "@/lib/standard/schemas";
import { criteriaByLevel } from "@/lib/standard/criteria-by-level";
import { recordAudit } from "@/lib/audit/record-audit";

export type VersionSummary = { version: number; title: string; status: "DRAFT" | "PUBLISHED"; publishedAt: Date | null; basedOnVersion: number | null };

/** Every version of the standard, newest first. */
export async function listFrameworkVersions(actor: Actor): Promise<VersionSummary[]> {
  assertSchemeAdmin(actor);
  const rows = await db().frameworkVersion.findMany({
    orderBy: { version: "desc" },
    select: { version: true, title: true, status: true, publishedAt: true, basedOn: { select: { version: true } } },
  });
  return rows.map((r) => ({ version: r.version, title: r.title, status: r.status, publishedAt: r.publishedAt, basedOnVersion: r.basedOn?.version ?? null }));
}

/**
 * Starts a new draft as a copy of the newest published version. Only one draft may exist at a
 * time, so two admins cannot fork the standard in different directions.
 */
export async function draftNewVersion(actor: Actor): Promise<number> {
  assertSchemeAdmin(actor);
  return db().$transaction(async (tx) => {
    // Serialise drafting so two admins pressing the button at once get one draft, not two.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('framework-draft'))`;
    const existing = await tx.frameworkVersion.findFirst({ where: { status: "DRAFT" }, select: { version: true } });
    if (existing) throw new AppError("CONFLICT", `Version ${existing.version} is already being drafted. Finish or publish it first.`);
    const source = await tx.frameworkVersion.findFirst({
      where: { status: "PUBLISHED" },
      orderBy: { version: "desc" },
      include: { statements: { include: { criteria: true } } },
    });
    if (!source) throw new AppError("CONFLICT", "There is no published version to copy.");
    const latest = await tx.frameworkVersion.aggregate({ _max: { version: true } });
    const version = (latest._max.version ?? 0) + 1;
    const draft = await tx.frameworkVersion.create({
      select: { id: true },
      data: {
        version,
        title: source.title.replace(/v\d+$/, `v${version}`),
        status: "DRAFT",
        rulesVersion: source.rulesVersion,
        basedOnId: source.id,
        statements: {
          create: source.statements.map((s) => ({
            number: s.number,
            text: s.text,
            explanation: s.explanation,
            easyRead: s.easyRead,
            criteria: {
              create: s.criteria.map((c) => ({ code: c.code, level: c.level, position: c.position, text: c.text, easyRead: c.easyRead, guidance: c.guidance, evidenceExamples: c.evidenceExamples })),
            },
          })),
        },
      },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: "standard.drafted",
      entityType: "FrameworkVersion",
      entityId: draft.id,
      after: { version, status: "DRAFT", basedOnVersion: source.version },
    });
    return version;
  });
}

/** Publishes a draft once every level of every statement has two to four criteria. */
export async function publishVersion(actor: Actor, version: number): Promise<void> {
  assertSchemeAdmin(actor);
  await db().$transaction(async (tx) => {
    const id = await lockDraft(tx, version);
    const statements = await tx.statement.findMany({ where: { frameworkVersionId: id }, select: { number: true, criteria: { select: { level: true } } }, orderBy: { number: "asc" } });
    const problems: string[] = [];
    if (statements.length !== 6) problems.push("The standard must have all six I Statements.");
    for (const statement of statements) {
      for (const { level, criteria } of criteriaByLevel(statement)) {
        if (criteria.length < CRITERIA_PER_LEVEL.min || criteria.length > CRITERIA_PER_LEVEL.max) {
          problems.push(`Statement ${statement.number}, level ${level} has ${criteria.length} criteria; it needs ${CRITERIA_PER_LEVEL.min} to ${CRITERIA_PER_LEVEL.max}.`);
        }
      }
    }
    if (problems.length) throw new AppError("INVALID", "This version cannot be published yet.", { publish: problems });
    await tx.frameworkVersion.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: "standard.published",
      entityType: "FrameworkVersion",
      entityId: id,
      before: { version, status: "DRAFT" },
      after: { version, status: "PUBLISHED", statements: statements.length, criteria: statements.reduce((n, s) => n + s.criteria.length, 0) },
    });
  });
}
