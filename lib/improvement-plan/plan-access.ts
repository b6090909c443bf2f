import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { AppError, notFound } from "@/lib/errors";
import { getOrganisation, type OrganisationView } from "@/lib/organisations/get-organisation";
import { ACTION_SELECT, type ActionRow } from "@/lib/improvement-plan/action-view";
import { statementNumberSchema } from "@/lib/improvement-plan/schemas";

// Shared by the plan's services: every one reaches the organisation through the access scope
// first, and every action is then looked up inside that organisation only, so a crafted id from
// another organisation is "not found", exactly like one that never existed.

/** The organisation whose plan the actor may view or edit; NOT_FOUND otherwise. */
export function reachPlan(actor: Actor, slug: string, permission: "plan:view" | "plan:edit"): Promise<OrganisationView> {
  return getOrganisation(actor, slug, permission);
}

/** A statement number from a URL or form; anything but 1–6 is a page that does not exist. */
export function parseStatementNumber(value: unknown): number {
  const parsed = statementNumberSchema.safeParse(value);
  if (!parsed.success) throw notFound("statement");
  return parsed.data;
}

export function invalid(error: z.ZodError, message = "Check what you entered."): AppError {
  return new AppError("INVALID", message, z.flattenError(error).fieldErrors as Record<string, string[]>);
}

/** An action of this organisation, read inside the caller's transaction. */
export async function findAction(tx: Prisma.TransactionClient, organisationId: string, actionId: string): Promise<ActionRow> {
  // Ids are cuids; anything else cannot be an action, and must not reach the query as-is.
  if (actionId.length === 0 || actionId.length > 64) throw notFound("action");
  const row = await tx.improvementAction.findFirst({ where: { id: actionId, organisationId }, select: ACTION_SELECT });
  if (!row) throw notFound("action");
  return row;
}
