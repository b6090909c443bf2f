// How an award's level and standing are put into words and colours on the verification page, the
// certificate and the badge, so the three never disagree. Pure.
import type { StandingView } from "@/lib/awards/standing";
import { formatIsoDate } from "@/lib/dates";

/** What each level means, in one line (from the standard's own description of its levels). */
export const LEVEL_MEANINGS: Record<number, string> = {
  1: "The foundations are in place: people who use the service are asked for their views and told what changed.",
  2: "People with lived experience design things together with staff, and this is part of everyday work in every team.",
  3: "People with lived experience share power and leadership, and the organisation helps others to do the same.",
};

export function levelMeaning(level: number): string {
  return LEVEL_MEANINGS[level] ?? "Not yet level 1: the foundations are not all in place yet.";
}

/**
 * The first sentence of an I Statement without its examples in brackets ("I may be facing more
 * than just a mental health challenge."), to fit one line of the certificate.
 */
export function shortStatement(text: string): string {
  const first = /^.*?\.(?=\s+[A-Z])/.exec(text)?.[0] ?? text;
  return first.replace(/\s*\([^)]*\)/g, "");
}

export type StandingTone = "green" | "yellow" | "red" | "grey";

export type StandingWords = {
  /** A short word or two for a tag or a badge, e.g. "Current" or "Expired". */
  short: string;
  tone: StandingTone;
  /** A sentence saying what the standing means for someone relying on the award. */
  sentence: string;
};

export function standingWords(standing: StandingView, expiresOn: string): StandingWords {
  const review = standing.underReview ? " The organisation has asked for a review of the decision, which is being looked at." : "";
  switch (standing.standing) {
    case "CURRENT":
      return { short: standing.underReview ? "Current, under review" : "Current", tone: "green", sentence: `This award is current until ${formatIsoDate(expiresOn)}.${review}` };
    case "SUSPENDED":
      return { short: standing.underReview ? "Suspended, under review" : "Suspended", tone: "yellow", sentence: `This award is suspended: it cannot be relied on until the scheme lifts the suspension.${review}` };
    case "REVOKED":
      return { short: "Revoked", tone: "red", sentence: "This award has been withdrawn by the scheme and is no longer valid." };
    case "EXPIRED":
      return { short: "Expired", tone: "grey", sentence: `This award expired on ${formatIsoDate(expiresOn)}. It is no longer valid.` };
    case "SUPERSEDED":
      return { short: "Replaced", tone: "grey", sentence: "This award has been replaced by a newer one. Ask the organisation for its current certificate." };
  }
}
