import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listAssessorPool } from "@/lib/assessors/list-pool";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PoolMemberSection } from "@/components/assessors/pool-member";

export const metadata: Metadata = { title: "Assessor pool" };

export default async function AssessorPoolPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await requireRole("SCHEME_ADMIN");
  const [pool, { saved }] = await Promise.all([listAssessorPool(actor), searchParams]);
  const savedName = pool.find((m) => m.userId === saved)?.name;
  return (
    <>
      <Link href="/admin" className="inline-block mb-4">Back to scheme administration</Link>
      <h1>Assessor pool</h1>
      {savedName ? <NotificationBanner><p className="mb-0 font-bold">{savedName}&apos;s record has been saved.</p></NotificationBanner> : null}
      <p>
        Experts by Experience who can assess organisations. Only those whose accreditation is current on the day of a visit, and who have
        not declared a link with the organisation, can be assigned to it.
      </p>
      {pool.length === 0 ? <p>There is nobody in the pool yet. People with the assessor role appear here.</p> : pool.map((m) => <PoolMemberSection key={m.userId} member={m} />)}
    </>
  );
}
