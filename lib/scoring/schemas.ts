import { z } from "zod";
import { referenceProblems } from "./references";

/** The rules versions this engine knows. A new version is added, never edited in place. */
export const RULES_VERSIONS = [1] as const;
export const CURRENT_RULES_VERSION = 1;

export const LEVELS = [1, 2, 3] as const;
export const EVIDENCE_SOURCES = ["ORGANISATION", "PEOPLE_WHO_USE_SERVICE", "CARER", "EXPERT_BY_EXPERIENCE"] as const;
export const EVIDENCE_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export const RATINGS = ["MET", "NOT_MET"] as const;
export const CLAIMS = ["NOT_YET", "PARTLY", "YES"] as const;
export const MODES = ["verified", "self"] as const;

// z.iso.date() checks the calendar too, so 2025-02-29 and 2026-04-31 are refused here.
const isoDate = z.iso.date({ error: "Use a real calendar date written as YYYY-MM-DD" });
const id = z.string().min(1, { error: "Must not be empty" });

export const criterionInputSchema = z.object({
  id,
  code: z.string().min(1, { error: "Must not be empty" }),
  level: z.literal(LEVELS, { error: "Level must be 1, 2 or 3" }),
});

export const statementInputSchema = z.object({
  number: z.number().int().min(1, { error: "Statement numbers run from 1 to 6" }).max(6, { error: "Statement numbers run from 1 to 6" }),
  title: z.string().optional(),
  criteria: z.array(criterionInputSchema),
});

export const evidenceInputSchema = z.object({
  id,
  date: isoDate,
  source: z.enum(EVIDENCE_SOURCES),
  status: z.enum(EVIDENCE_STATUSES),
  criterionIds: z.array(id),
});

export const ratingInputSchema = z.object({
  criterionId: id,
  rating: z.enum(RATINGS),
  observation: z.string().optional(),
});

export const claimInputSchema = z.object({
  criterionId: id,
  claim: z.enum(CLAIMS),
});

const baseInputSchema = z.object({
  rulesVersion: z.literal(RULES_VERSIONS, { error: "Only scoring rules version 1 exists" }).default(1),
  mode: z.enum(MODES),
  assessmentDate: isoDate,
  framework: z.object({
    statements: z.array(statementInputSchema).min(1, { error: "The framework needs at least one statement" }),
  }),
  evidence: z.array(evidenceInputSchema),
  ratings: z.array(ratingInputSchema),
  claims: z.array(claimInputSchema),
});

/** The whole scoring input: field checks, then the cross-references between lists. */
export const scoringInputSchema = baseInputSchema.superRefine((input, ctx) => {
  for (const { message, path } of referenceProblems(input)) ctx.addIssue({ code: "custom", message, path });
});

/** What callers pass in (rulesVersion may be left out). */
export type ScoringInput = z.input<typeof scoringInputSchema>;
/** The input after validation, with defaults filled in. */
export type ParsedScoringInput = z.output<typeof scoringInputSchema>;

export type Level = (typeof LEVELS)[number];
export type AchievedLevel = 0 | Level;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export type ScoringMode = (typeof MODES)[number];
export type CriterionInput = z.output<typeof criterionInputSchema>;
export type StatementInput = z.output<typeof statementInputSchema>;
export type EvidenceInput = z.output<typeof evidenceInputSchema>;
export type RatingInput = z.output<typeof ratingInputSchema>;
export type ClaimInput = z.output<typeof claimInputSchema>;
