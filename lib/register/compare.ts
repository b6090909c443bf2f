import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { getProviderProfile, type ProviderProfile } from "@/lib/register/provider-profile";

const slugsSchema = z
  .array(z.string().trim().min(1).max(200))
  .transform((slugs) => [...new Set(slugs)])
  .pipe(z.array(z.string()).min(2, { error: "Tick at least two organisations to compare" }).max(4, { error: "You can compare up to four organisations at a time" }));

/** Two to four providers side by side. Any slug out of the actor's reach is NOT_FOUND. */
export async function compareProviders(actor: Actor, slugs: unknown): Promise<ProviderProfile[]> {
  const parsed = slugsSchema.safeParse(slugs);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Tick two to four organisations to compare", { org: parsed.error.issues.map((i) => i.message) });
  return Promise.all(parsed.data.map((slug) => getProviderProfile(actor, slug)));
}
