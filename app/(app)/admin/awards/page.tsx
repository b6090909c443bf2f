import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listAwards } from "@/lib/awards/list-awards";
import { AwardTable } from "@/components/awards/award-table";

export const metadata: Metadata = { title: "Awards" };

export default async function AwardsPage() {
  const actor = await requireRole("SCHEME_ADMIN");
  const awards = await listAwards(actor);
  const reviews = awards.filter((a) => a.reviewWaiting).length;
  const overdue = awards.reduce((sum, a) => sum + a.overdueConditions, 0);
  return (
    <>
      <Link href="/admin" className="inline-block mb-4">Back to scheme administration</Link>
      <h1>Awards</h1>
      {awards.length === 0 ? (
        <p>No awards have been issued yet. Awards are issued from the moderation of a submitted visit report.</p>
      ) : (
        <>
          <p>
            {reviews === 0 ? "No review is waiting for a decision." : `${reviews} ${reviews === 1 ? "review is" : "reviews are"} waiting for a decision.`}{" "}
            {overdue === 0 ? "No condition has passed its deadline undecided." : `${overdue} ${overdue === 1 ? "condition has" : "conditions have"} passed the deadline and need deciding.`}
          </p>
          <AwardTable awards={awards} />
        </>
      )}
    </>
  );
}
