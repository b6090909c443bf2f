import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { orNotFound } from "@/lib/access/or-not-found";
import { getAssessorProfile } from "@/lib/assessors/update-profile";
import { isoDateToParts } from "@/lib/date-input";
import type { ProfileInput } from "@/lib/assessors/schemas";
import { ProfileForm } from "@/components/assessors/profile-form";
import { updateProfileAction } from "../actions";

export const metadata: Metadata = { title: "Change assessor" };

function boxes(prefix: "training" | "accredited" | "expires", date: string | null | undefined) {
  const parts = date ? isoDateToParts(date) : { day: "", month: "", year: "" };
  return { [`${prefix}Day`]: parts.day, [`${prefix}Month`]: parts.month, [`${prefix}Year`]: parts.year };
}

export default async function EditAssessorPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const profile = await orNotFound(getAssessorProfile(actor, (await params).userId));
  const a = profile.accreditation;
  const defaults = {
    ...boxes("training", a?.trainingCompletedOn),
    ...boxes("accredited", a?.accreditedOn),
    ...boxes("expires", a?.accreditationExpiresOn),
    areas: profile.areas.join("\n"),
    serviceKinds: profile.serviceKinds.join("\n"),
    availability: profile.availability,
  } as ProfileInput;
  return (
    <>
      <Link href="/admin/assessors" className="inline-block mb-4">Back to the assessor pool</Link>
      <span className="text-muted text-xl block mb-1">Assessor pool</span>
      <h1>{profile.name}</h1>
      <p>Only assessors whose accreditation is current on the day of a visit can be assigned to it.</p>
      <ProfileForm action={updateProfileAction.bind(null, profile.userId)} defaults={defaults} draftKey={`assessor-profile:${profile.userId}`} />
    </>
  );
}
