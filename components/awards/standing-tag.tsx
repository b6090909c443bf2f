import type { AwardStanding, StandingView } from "@/lib/awards/standing";
import { Tag } from "@/components/ui/tag";

const TONES: Record<AwardStanding, "green" | "yellow" | "red" | "grey"> = { CURRENT: "green", SUSPENDED: "yellow", REVOKED: "red", EXPIRED: "grey", SUPERSEDED: "grey" };

/** How the award stands today, as the public verification page says it. */
export function StandingTag({ standing }: { standing: StandingView }) {
  return <Tag tone={standing.underReview ? "blue" : TONES[standing.standing]}>{standing.label}</Tag>;
}
