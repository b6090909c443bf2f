import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { homePathFor } from "@/lib/auth/home-path";

/** Sends each person to their role's home page after sign-in. */
export default async function HomeRedirect() {
  const actor = await requireActor();
  redirect(homePathFor(actor.memberships));
}
