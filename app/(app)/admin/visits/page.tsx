import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/access/require-role";
import { listVisitsForModeration } from "@/lib/moderation/list-visits";
import { STAGES } from "@/lib/moderation/stages";
import { StageTable } from "@/components/moderation/stage-table";

export const metadata: Metadata = { title: "Visits and awards" };

export default async function ModerationVisitsPage() {
  const actor = await requireRole("SCHEME_ADMIN");
  const groups = await listVisitsForModeration(actor);
  return (
    <>
      <Link href="/admin" className="inline-block mb-4">Back to scheme administration</Link>
      <h1>Visits and awards</h1>
      <p>Each visit&apos;s report is sent to the organisation to check for factual errors before you decide on the award.</p>
      {STAGES.map(({ stage, heading, empty }) =>
        groups[stage].length === 0 ? (
          <section key={stage} aria-labelledby={`stage-${stage}`} className="mb-10">
            <h2 id={`stage-${stage}`}>{heading} (0)</h2>
            <p>{empty}</p>
          </section>
        ) : (
          <StageTable key={stage} stage={stage} heading={heading} rows={groups[stage]} />
        ),
      )}
    </>
  );
}
