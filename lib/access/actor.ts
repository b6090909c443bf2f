import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { loadMembershipSummaries, type MembershipSummary } from "@/lib/auth/memberships";

/** The signed-in person on whose behalf every scoped query runs. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  memberships: MembershipSummary[];
};

/** Builds the actor for a user id from the database (the session holds only the id). */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
  if (!user) return null;
  return { userId: user.id, email: user.email, name: user.name, memberships: await loadMembershipSummaries(user.id) };
}

/** The current request's actor, or null when nobody is signed in. Cached per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  return userId ? loadActor(userId) : null;
});

/** The current actor; sends anyone not signed in to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
