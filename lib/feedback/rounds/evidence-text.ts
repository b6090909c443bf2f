// The words of the evidence item a round becomes when it closes with enough answers: counts only,
// never what anyone wrote. Pure.
import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { DONT_KNOW_WORD, FEEDBACK_SCALE } from "@/lib/feedback/questions";
import { percent, type StatementTally } from "@/lib/feedback/rounds/distribution";

export type RoundSummary = { startsOn: IsoDate; endsOn: IsoDate; services: string; responses: number; carers: number; tallies: StatementTally[] };

export const EVIDENCE_DESCRIPTION = "Made from the answers when the feedback round closed. It holds the counts only: comments are on the round's results page, with names and contact details taken out.";

export function evidenceTitle(round: Pick<RoundSummary, "startsOn" | "endsOn" | "responses">): string {
  return `Feedback from people who use our services, ${formatIsoDate(round.startsOn)} to ${formatIsoDate(round.endsOn)} (${round.responses} answers)`;
}

const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);

/** One paragraph per I Statement: every count on the scale, "I don't know", and the share who said Mostly or Always. */
export function evidenceBody(round: RoundSummary): string {
  const intro = [
    `${people(round.responses)} answered our anonymous, easy-read feedback questions between ${formatIsoDate(round.startsOn)} and ${formatIsoDate(round.endsOn)}.`,
    `The round was about: ${round.services.replace(/[.\s]+$/, "")}.`,
    `${round.carers} of the ${round.responses} answers (${percent(round.carers, round.responses)}%) came from carers or family members.`,
    "Each question asks how often something happens, from Never to Always. People could also say they did not know, or leave a question out. Comments are not included here.",
  ].join(" ");
  const statements = round.tallies.map((t) => {
    const scale = FEEDBACK_SCALE.map((point) => `${point.word}: ${t.counts[point.rating]}`).join(". ");
    const lines = [
      `I Statement ${t.statementNumber}: "${t.question}"`,
      `${scale}. ${DONT_KNOW_WORD}: ${t.dontKnow}.${t.noAnswer > 0 ? ` Left out: ${t.noAnswer}.` : ""}`,
      t.rated > 0 ? `${t.positive} of the ${people(t.rated)} who chose an answer (${percent(t.positive, t.rated)}%) said Mostly or Always.` : "Nobody chose an answer on the scale.",
    ];
    return lines.join("\n");
  });
  return [intro, ...statements].join("\n\n");
}
