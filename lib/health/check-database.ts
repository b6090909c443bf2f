import "server-only";
import { db } from "@/lib/db/client";

/** True when the database answers a trivial query within the timeout. */
export async function databaseIsUp(timeoutMs = 2_000): Promise<boolean> {
  const probe = db().$queryRaw`SELECT 1`.then(() => true, () => false);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([probe, timeout]);
}
