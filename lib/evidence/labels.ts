// The words the evidence library uses for its kinds, types and sources. Kept free of the
// database client so forms in the browser can use them too.
import type { EvidenceKind, EvidenceSource, EvidenceType } from "@/generated/prisma/enums";

export const EVIDENCE_KINDS = ["FILE", "LINK", "ACCOUNT"] as const satisfies readonly EvidenceKind[];
export const EVIDENCE_TYPES = [
  "POLICY_OR_PROCEDURE",
  "MEETING_MINUTES",
  "TRAINING_RECORD",
  "SERVICE_USER_FEEDBACK",
  "CARER_FEEDBACK",
  "STORY",
  "OBSERVATION",
  "OTHER",
] as const satisfies readonly EvidenceType[];
export const EVIDENCE_SOURCES = ["ORGANISATION", "PEOPLE_WHO_USE_SERVICE", "CARER", "EXPERT_BY_EXPERIENCE"] as const satisfies readonly EvidenceSource[];

export type { EvidenceKind, EvidenceSource, EvidenceType };

export const KIND_LABELS: Record<EvidenceKind, string> = {
  FILE: "A file",
  LINK: "A web link",
  ACCOUNT: "A written account",
};

export const KIND_HINTS: Record<EvidenceKind, string> = {
  FILE: "A document, spreadsheet or picture, such as a policy, minutes or a poster.",
  LINK: "A page on a website, such as a published report or a video.",
  ACCOUNT: "Something you write here, such as what someone told you or what you saw.",
};

export const TYPE_LABELS: Record<EvidenceType, string> = {
  POLICY_OR_PROCEDURE: "Policy or procedure",
  MEETING_MINUTES: "Meeting minutes",
  TRAINING_RECORD: "Training record",
  SERVICE_USER_FEEDBACK: "Feedback from people who use the service",
  CARER_FEEDBACK: "Carer feedback",
  STORY: "Story",
  OBSERVATION: "Observation",
  OTHER: "Other",
};

export const SOURCE_LABELS: Record<EvidenceSource, string> = {
  ORGANISATION: "The organisation",
  PEOPLE_WHO_USE_SERVICE: "People who use the service",
  CARER: "Carers",
  EXPERT_BY_EXPERIENCE: "An Expert by Experience",
};

/** Types that may be about a named person, so they ask whether that person agreed. */
export const CONSENT_TYPES: readonly EvidenceType[] = ["STORY", "SERVICE_USER_FEEDBACK", "CARER_FEEDBACK"];

export function needsConsentQuestion(type: string): boolean {
  return CONSENT_TYPES.some((t) => t === type);
}

/** Narrows a string to one of a list's values, or undefined (for untrusted form input). */
export function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((v) => v === value);
}

/** The fields every evidence item has, whichever way it is read, stored or recorded. */
export type EvidenceFields = {
  kind: EvidenceKind;
  title: string;
  description: string | null;
  /** YYYY-MM-DD */
  evidenceDate: string;
  type: EvidenceType;
  source: EvidenceSource;
  consentGiven: boolean;
  consentNote: string | null;
  url: string | null;
  body: string | null;
};
