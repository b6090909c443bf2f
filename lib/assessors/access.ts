import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { dbDateToIso } from "@/lib/dates";
import type { Accreditation } from "@/lib/assessors/accreditation";

export function assertSchemeAdmin(actor: Actor): void {
  if (!hasRole(actor, "SCHEME_ADMIN")) throw forbidden();
}

export function assertAssessor(actor: Actor): void {
  if (!hasRole(actor, "ASSESSOR")) throw forbidden();
}

export function invalid(error: z.ZodError): AppError {
  return new AppError("INVALID", "Check what you entered.", z.flattenError(error).fieldErrors);
}

/** Only members of the scheme holding the ASSESSOR role are in the pool. */
export const IN_POOL = { memberships: { some: { role: "ASSESSOR", organisation: { kind: "SCHEME" } } } } as const;

type ProfileRow = { trainingCompletedOn: Date | null; accreditedOn: Date | null; accreditationExpiresOn: Date | null };

/** A profile row's dates as the pure accreditation rules read them. */
export function toAccreditation(row: ProfileRow | null): Accreditation | null {
  if (!row) return null;
  const iso = (d: Date | null) => (d ? dbDateToIso(d) : null);
  return { trainingCompletedOn: iso(row.trainingCompletedOn), accreditedOn: iso(row.accreditedOn), accreditationExpiresOn: iso(row.accreditationExpiresOn) };
}
