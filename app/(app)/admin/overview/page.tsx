import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { requireRole } from "@/lib/access/require-role";
import { getSchemeOverview } from "@/lib/register/scheme-overview";
import { BarChart } from "@/components/ui/bar-chart";

export const metadata: Metadata = { title: "Scheme overview" };

export default async function SchemeOverviewPage() {
  const actor = await requireRole("SCHEME_ADMIN");
  const { levels, visits, requestsWaiting } = await orNotFound(getSchemeOverview(actor));
  return (
    <>
      <p><Link href="/admin">Back to scheme administration</Link></p>
      <h1>Scheme overview</h1>
      <BarChart
        title="Providers by award today"
        valueHeading="Providers"
        bars={[
          { label: "Level 3", value: levels.level3 },
          { label: "Level 2", value: levels.level2 },
          { label: "Level 1", value: levels.level1 },
          { label: "Award suspended", value: levels.suspended },
          { label: "Not yet level 1", value: levels.notYetLevel1 },
          { label: "No award", value: levels.noAward },
        ]}
      />
      <p>
        <strong>{levels.expiringSoon}</strong> {levels.expiringSoon === 1 ? "award expires" : "awards expire"} within 90 days.{" "}
        <Link href="/register?expiringSoon=true&sort=expiry">See them on the register</Link>
      </p>
      <BarChart
        title="Assessments by stage"
        valueHeading="Assessments"
        bars={[
          { label: "Waiting for assessors", value: requestsWaiting },
          { label: "Visit booked", value: visits.SCHEDULED },
          { label: "Visit in progress", value: visits.IN_PROGRESS },
          { label: "Report being moderated", value: visits.REPORT_SUBMITTED },
          { label: "Closed", value: visits.CLOSED },
        ]}
      />
    </>
  );
}
