import Link from "next/link";
import type { AssessmentState } from "@/lib/moderation/get-organisation-assessment";
import { formatIsoDate } from "@/lib/dates";

type Waiting = Extract<AssessmentState, { kind: "NOT_REQUESTED" | "REQUESTED" | "BOOKED" | "WRITING" | "WITH_SCHEME" | "CANCELLED" }>;

/** Where the assessment is before there is a report to read, in plain words. */
export function AssessmentStatus({ state, slug }: { state: Waiting; slug: string }) {
  switch (state.kind) {
    case "NOT_REQUESTED":
      return (
        <p>
          You have not asked for an assessment yet. When every statement of your <Link href={`/organisations/${slug}/self-assessment`}>self-assessment</Link> is ready, your administrator can ask for one.
        </p>
      );
    case "REQUESTED":
      return <p>You asked for an assessment on {state.requestedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" })}. The scheme team will arrange a visit by two Experts by Experience.</p>;
    case "BOOKED":
      return <p className="text-xl">Your assessment visit is booked for {formatIsoDate(state.visitDate)}.</p>;
    case "WRITING":
      return <p className="text-xl">The assessors are writing their report on your visit of {formatIsoDate(state.visitDate)}.</p>;
    case "WITH_SCHEME":
      return <p className="text-xl">The assessors have sent their report to the scheme team. We will email you when it is ready for you to check for factual errors.</p>;
    case "CANCELLED":
      return <p>Your assessment visit was cancelled. The scheme team will be in touch.</p>;
  }
}
