import type { RoundPhase } from "@/lib/feedback/rounds/dates";
import { Tag } from "@/components/ui/tag";

const WORDS: Record<RoundPhase, { text: string; tone: "grey" | "blue" | "green" }> = {
  NOT_STARTED: { text: "Not started yet", tone: "blue" },
  TAKING_ANSWERS: { text: "Open", tone: "green" },
  // Shown only for the moment between a round's end and its closing (the same request closes it).
  PAST_END: { text: "Ended", tone: "grey" },
  CLOSED: { text: "Closed", tone: "grey" },
};

export function PhaseTag({ phase }: { phase: RoundPhase }) {
  return <Tag tone={WORDS[phase].tone}>{WORDS[phase].text}</Tag>;
}
