import type { DefaultSession } from "next-auth";
import type { MembershipSummary } from "@/lib/auth/memberships";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; memberships: MembershipSummary[] };
  }
}
