import "server-only";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { PrismaClient } from "@/generated/prisma/client";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function assertSchemeAdmin(actor: Actor): void {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw forbidden();
}

/**
 * Locks a draft version for the rest of the transaction and returns its id. Published versions
 * are immutable: an edit racing a publish either lands first or is refused, never after.
 */
export async function lockDraft(tx: Tx, version: number): Promise<string> {
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text AS status FROM "FrameworkVersion" WHERE version = ${version} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw notFound("version of the standard");
  if (row.status !== "DRAFT") throw new AppError("CONFLICT", `Version ${version} is published and cannot be changed. Draft a new version instead.`);
  return row.id;
}
