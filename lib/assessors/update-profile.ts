import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { notFound } from "@/lib/errors";
import { dbDateToIso, isoDateToDb } from "@/lib/dates";
import type { Accreditation } from "@/lib/assessors/accreditation";
import { IN_POOL, assertSchemeAdmin, invalid, toAccreditation } from "@/lib/assessors/access";
import { profileSchema } from "@/lib/assessors/schemas";
import { recordAudit } from "@/lib/audit/record-audit";

export type ProfileView = { userId: string; name: string; accreditation: Accreditation | null; areas: string[]; serviceKinds: string[]; availability: string };

async function findPoolMember(userId: string) {
  const user = await db().user.findFirst({ where: { AND: [{ id: userId }, IN_POOL] }, select: { id: true, name: true, assessorProfile: true } });
  // Anyone not in the pool is "not found", so a crafted id cannot give a profile to a non-assessor.
  if (!user) throw notFound("assessor");
  return user;
}

/** One assessor's record, for the scheme admin's edit page. */
export async function getAssessorProfile(actor: Actor, userId: string): Promise<ProfileView> {
  assertSchemeAdmin(actor);
  const user = await findPoolMember(userId);
  const p = user.assessorProfile;
  return { userId: user.id, name: user.name, accreditation: toAccreditation(p), areas: p?.areas ?? [], serviceKinds: p?.serviceKinds ?? [], availability: p?.availability ?? "" };
}

/**
 * Saves an assessor's training, accreditation, areas, kinds of service and availability. The
 * accreditation dates (the decision a visit relies on) go in the audit history, before and after.
 */
export async function updateAssessorProfile(actor: Actor, userId: string, input: unknown): Promise<void> {
  assertSchemeAdmin(actor);
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const user = await findPoolMember(userId);
  const v = parsed.data;
  const asDb = (d: string | null) => (d ? isoDateToDb(d) : null);
  const data = {
    trainingCompletedOn: asDb(v.trainingCompletedOn),
    accreditedOn: asDb(v.accreditedOn),
    accreditationExpiresOn: asDb(v.accreditationExpiresOn),
    areas: v.areas,
    serviceKinds: v.serviceKinds,
    availability: v.availability,
  };
  const dates = (p: { trainingCompletedOn: Date | null; accreditedOn: Date | null; accreditationExpiresOn: Date | null } | null) => ({
    trainingCompletedOn: p?.trainingCompletedOn ? dbDateToIso(p.trainingCompletedOn) : null,
    accreditedOn: p?.accreditedOn ? dbDateToIso(p.accreditedOn) : null,
    accreditationExpiresOn: p?.accreditationExpiresOn ? dbDateToIso(p.accreditationExpiresOn) : null,
  });
  await db().$transaction(async (tx) => {
    await tx.assessorProfile.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organisationId: null,
      action: "assessor.profile.updated",
      entityType: "AssessorProfile",
      entityId: user.id,
      before: dates(user.assessorProfile),
      after: dates(data),
    });
  });
}
