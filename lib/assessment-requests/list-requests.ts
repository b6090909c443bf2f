import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { organisationWhere } from "@/lib/access/scope";
import { forbidden, notFound } from "@/lib/errors";
import type { AssessmentSnapshot } from "@/lib/assessment-requests/snapshot";

export type RequestSummary = { id: string; organisationName: string; organisationSlug: string; status: string; requestedAt: Date; selfAssessedLevel: number; frameworkVersion: number };

const SUMMARY = { id: true, status: true, requestedAt: true, selfAssessedLevel: true, organisation: { select: { name: true, slug: true } }, frameworkVersion: { select: { version: true } } } as const;

type SummaryRow = { id: string; status: string; requestedAt: Date; selfAssessedLevel: number; organisation: { name: string; slug: string }; frameworkVersion: { version: number } };

function toSummary(row: SummaryRow): RequestSummary {
  return { id: row.id, organisationName: row.organisation.name, organisationSlug: row.organisation.slug, status: row.status, requestedAt: row.requestedAt, selfAssessedLevel: row.selfAssessedLevel, frameworkVersion: row.frameworkVersion.version };
}

/** The scheme admin's queue: open requests, oldest first. */
export async function listAssessmentQueue(actor: Actor): Promise<RequestSummary[]> {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw forbidden();
  const rows = await db().assessmentRequest.findMany({
    where: { status: { in: ["QUEUED", "ASSIGNED"] } },
    orderBy: { requestedAt: "asc" },
    select: SUMMARY,
  });
  return rows.map(toSummary);
}

/** The organisation's latest request, for its own pages (null when it has never asked). */
export async function getLatestRequest(actor: Actor, organisationSlug: string): Promise<RequestSummary | null> {
  const row = await db().assessmentRequest.findFirst({
    where: { organisation: { AND: [{ slug: organisationSlug }, organisationWhere(actor, "assessment:view")] } },
    orderBy: { requestedAt: "desc" },
    select: SUMMARY,
  });
  return row ? toSummary(row) : null;
}

/** One request with its frozen snapshot, for the scheme admin. */
export async function getAssessmentRequest(actor: Actor, id: string): Promise<RequestSummary & { snapshot: AssessmentSnapshot }> {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw forbidden();
  const row = await db().assessmentRequest.findUnique({
    where: { id },
    select: { ...SUMMARY, snapshot: true },
  });
  if (!row) throw notFound("assessment request");
  return { ...toSummary(row), snapshot: row.snapshot as unknown as AssessmentSnapshot };
}
