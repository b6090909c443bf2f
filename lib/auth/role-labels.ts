import type { Role } from "@/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  ORG_ADMIN: "Organisation administrator",
  ORG_MEMBER: "Member",
  ASSESSOR: "Expert by Experience (assessor)",
  COMMISSIONER: "Commissioner",
  SCHEME_ADMIN: "Scheme administrator",
};
