import "server-only";
import { notFound } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { requireActor, type Actor } from "@/lib/access/actor";
import { hasRole } from "@/lib/access/permissions";

/** The current actor if they hold one of the roles; otherwise the area does not exist for them. */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireActor();
  if (!roles.some((role) => hasRole(actor, role))) notFound();
  return actor;
}
