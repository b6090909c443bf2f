// The demo assessor pool: two accredited Experts by Experience, and one declared conflict so
// the assign screen has a refusal to show.
import type { PrismaClient } from "@/generated/prisma/client";
import type { ConflictKind } from "@/generated/prisma/enums";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type DemoAssessorContext = { organisations: Map<string, string>; users: Map<string, string> };

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const PROFILES = [
  {
    email: "assessor.one@demo.test",
    trainingCompletedOn: "2025-09-19",
    accreditedOn: "2025-10-01",
    accreditationExpiresOn: "2027-10-01",
    areas: ["Leeds North East", "Leeds West", "Leeds South and East"],
    serviceKinds: ["community support", "peer groups", "supported housing", "drug and alcohol services"],
    availability: "Usually Tuesdays and Thursdays. Mornings suit me best.",
  },
  {
    email: "assessor.two@demo.test",
    trainingCompletedOn: "2025-12-05",
    accreditedOn: "2026-01-15",
    accreditationExpiresOn: "2028-01-15",
    areas: ["Leeds North East", "Leeds South and East"],
    serviceKinds: ["community support", "crisis support", "peer groups"],
    availability: "Any weekday, with a week's notice.",
  },
];

const CONFLICTS: { email: string; organisationSlug: string; kind: ConflictKind; note: string }[] = [
  { email: "assessor.two@demo.test", organisationSlug: "harbour-recovery", kind: "USED_SERVICE", note: "I went to their groups in 2023" },
];

export async function seedDemoAssessors(tx: Tx, ctx: DemoAssessorContext): Promise<void> {
  const userId = (email: string) => {
    const id = ctx.users.get(email);
    if (!id) throw new Error(`Demo assessor ${email} is not a demo account`);
    return id;
  };
  for (const { email, trainingCompletedOn, accreditedOn, accreditationExpiresOn, ...rest } of PROFILES) {
    await tx.assessorProfile.create({
      data: { userId: userId(email), trainingCompletedOn: day(trainingCompletedOn), accreditedOn: day(accreditedOn), accreditationExpiresOn: day(accreditationExpiresOn), ...rest },
    });
  }
  for (const conflict of CONFLICTS) {
    const organisationId = ctx.organisations.get(conflict.organisationSlug);
    if (!organisationId) throw new Error(`Demo conflict with unknown organisation ${conflict.organisationSlug}`);
    await tx.conflictDeclaration.create({ data: { assessorUserId: userId(conflict.email), organisationId, kind: conflict.kind, note: conflict.note } });
  }
}
