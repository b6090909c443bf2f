import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";

// Payments are personal: anyone who is not the scheme admin (or, for their own, the assessor)
// is told the page does not exist rather than that they may not see it.

export function assertPaymentsAdmin(actor: Actor): void {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw notFound();
}

export function assertAssessor(actor: Actor): void {
  if (!hasRole(actor, "ASSESSOR")) throw notFound();
}

export function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID", "Check what you entered.", z.flattenError(error).fieldErrors);
}

/** The audit history's id for one assessor's payment for one visit. */
export function paymentEntityId(visitId: string, assessorUserId: string): string {
  return `${visitId}:${assessorUserId}`;
}
