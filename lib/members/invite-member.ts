import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getManageableOrganisation } from "@/lib/members/manageable-organisation";
import { inviteMemberSchema } from "@/lib/members/schemas";
import { sendInvitation } from "@/lib/members/send-invitation";

/**
 * Invites someone by email to join a provider organisation as an administrator or member. Only
 * the organisation's admins (and scheme admins) may; anyone else gets NOT_FOUND. Throws INVALID
 * for bad input, CONFLICT when they are already a member, RATE_LIMITED past 20 an hour.
 */
export async function inviteMember(actor: Actor, slug: string, input: unknown): Promise<{ invitationId: string; email: string }> {
  const organisation = await getManageableOrganisation(actor, slug);
  const parsed = inviteMemberSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check the details you entered.", z.flattenError(parsed.error).fieldErrors);
  const { email, role } = parsed.data;
  const { invitationId } = await sendInvitation({ organisation, email, role, invitedBy: actor });
  return { invitationId, email };
}
