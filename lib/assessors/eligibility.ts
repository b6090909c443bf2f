// Why an assessor may not be assigned to a visit, in words a scheme admin can act on. Pure: the
// assignment service gathers the facts and the assign page uses the same rules to sort people.
import { formatIsoDate, type IsoDate } from "@/lib/dates";
import type { ConflictKind } from "@/generated/prisma/enums";
import { isAccreditedOn, type Accreditation } from "@/lib/assessors/accreditation";

export type Candidate = {
  userId: string;
  name: string;
  profile: Accreditation | null;
  /** Conflicts this assessor declared with the organisation being assessed. */
  conflicts: { kind: ConflictKind }[];
};

/** "… declared that they have used this organisation's services": one phrase per kind. */
export const CONFLICT_PHRASES: Record<ConflictKind, string> = {
  WORKED_FOR: "have worked for this organisation",
  USED_SERVICE: "have used this organisation's services",
  CLOSE_TO: "are close to someone at this organisation",
  OTHER: "have another link with this organisation",
};

/** Every reason the candidate cannot assess this organisation on `visitDate`; empty when they can. */
export function ineligibilityReasons(candidate: Candidate, visitDate: IsoDate): string[] {
  const reasons: string[] = [];
  const { name, profile } = candidate;
  if (!profile?.accreditedOn || !profile.accreditationExpiresOn) {
    reasons.push(`${name} is not accredited yet`);
  } else if (profile.accreditedOn > visitDate) {
    reasons.push(`${name} is not accredited until ${formatIsoDate(profile.accreditedOn)}, after the visit date`);
  } else if (!isAccreditedOn(profile, visitDate)) {
    reasons.push(`${name}'s accreditation ends on ${formatIsoDate(profile.accreditationExpiresOn)}, so it will have expired by the visit date`);
  }
  for (const conflict of candidate.conflicts) {
    reasons.push(`${name} declared that they ${CONFLICT_PHRASES[conflict.kind]}`);
  }
  return reasons;
}
