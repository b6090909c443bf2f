import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import type { Permission } from "@/lib/access/permissions";
import { organisationWhere } from "@/lib/access/scope";
import { AppError } from "@/lib/errors";

export type Tx = Prisma.TransactionClient;

/**
 * The filter for evidence of one organisation the actor reaches with `permission`. Every
 * evidence query is built on it, so an id from another organisation simply matches nothing.
 */
export function evidenceWhere(actor: Actor, organisationSlug: string, permission: Permission): Prisma.EvidenceItemWhereInput {
  return { organisation: { AND: [{ slug: organisationSlug }, organisationWhere(actor, permission)] } };
}

/** A problem with what was typed, shown beside each field and in the error summary. */
export function invalid(fieldErrors: Record<string, string[]>): AppError {
  return new AppError("INVALID", "Check the evidence details you entered.", fieldErrors);
}

/** The version number a form was opened at, from untrusted input. */
export function parseVersion(value: unknown): number {
  const parsed = z.coerce.number().int().positive().safeParse(value);
  if (!parsed.success) throw new AppError("INVALID", "This form is out of date. Open the evidence again and make your changes.");
  return parsed.data;
}

export const STALE_MESSAGE =
  "Someone else changed this evidence while you were editing it, so your changes have not been saved. What you typed is still here: open the latest version to see their changes, then save yours again.";

/** Refuses a save made from an out-of-date form; the field error lets the form offer a reload. */
export function staleVersion(): AppError {
  return new AppError("CONFLICT", STALE_MESSAGE, { version: [STALE_MESSAGE] });
}
