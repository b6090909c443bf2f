// Whether an Expert by Experience may assess on a given day, and how the pool shows it. Pure and
// clock-free (callers pass the date), so the boundaries are unit-tested without faking time.
import { formatIsoDate, type IsoDate } from "@/lib/dates";

/** The accreditation dates of a profile, as YYYY-MM-DD strings (null when not recorded). */
export type Accreditation = {
  trainingCompletedOn: IsoDate | null;
  accreditedOn: IsoDate | null;
  accreditationExpiresOn: IsoDate | null;
};

/**
 * True when the accreditation covers `date`: from the day it was granted, up to the day before
 * it expires. On the expiry date itself it has ended, so "accredited until 3 March 2027" means
 * the last day they may assess is 2 March 2027.
 */
export function isAccreditedOn(profile: Accreditation | null, date: IsoDate): boolean {
  if (!profile?.accreditedOn || !profile.accreditationExpiresOn) return false;
  return profile.accreditedOn <= date && date < profile.accreditationExpiresOn;
}

export type AccreditationStatus = { label: string; tone: "green" | "yellow" | "red" | "grey" };

/** The status tag the pool shows for an assessor today. */
export function accreditationStatus(profile: Accreditation | null, today: IsoDate): AccreditationStatus {
  if (!profile?.trainingCompletedOn) return { label: "Training not finished", tone: "grey" };
  if (!profile.accreditedOn || !profile.accreditationExpiresOn || profile.accreditedOn > today) return { label: "Not accredited yet", tone: "yellow" };
  if (profile.accreditationExpiresOn <= today) return { label: "Accreditation expired", tone: "red" };
  return { label: `Accredited until ${formatIsoDate(profile.accreditationExpiresOn)}`, tone: "green" };
}
