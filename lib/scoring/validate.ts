import { isCalendarDate } from "./dates";
import { referenceProblems } from "./references";
import type { ScoringInput } from "./schemas";
import { CLAIMS, EVIDENCE_SOURCES, EVIDENCE_STATUSES, MODES, RATINGS } from "./schemas";

/*
 * A hand-written mirror of scoringInputSchema, used only to wave valid input through quickly:
 * zod builds a full copy of the input, and for a batch of thousands of organisations that copying
 * cost three times the scoring itself. zod stays the authority: anything this check refuses is
 * handed to zod, which either reports the issues or, if this check was merely stricter, parses it.
 * A property test holds this check to never accepting what zod refuses.
 */

type Fields = Record<string, unknown>;

const MODE_SET: ReadonlySet<unknown> = new Set(MODES);
const SOURCE_SET: ReadonlySet<unknown> = new Set(EVIDENCE_SOURCES);
const STATUS_SET: ReadonlySet<unknown> = new Set(EVIDENCE_STATUSES);
const RATING_SET: ReadonlySet<unknown> = new Set(RATINGS);
const CLAIM_SET: ReadonlySet<unknown> = new Set(CLAIMS);

function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function isDate(value: unknown): boolean {
  return typeof value === "string" && isCalendarDate(value);
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === "string";
}

function everyItem(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}

function isCriterion(value: unknown): boolean {
  return isFields(value) && isId(value.id) && isId(value.code) && (value.level === 1 || value.level === 2 || value.level === 3);
}

function isStatement(value: unknown): boolean {
  if (!isFields(value)) return false;
  const number = value.number;
  return typeof number === "number" && Number.isInteger(number) && number >= 1 && number <= 6
    && isOptionalString(value.title) && everyItem(value.criteria, isCriterion);
}

function isEvidence(value: unknown): boolean {
  return isFields(value) && isId(value.id) && isDate(value.date) && SOURCE_SET.has(value.source)
    && STATUS_SET.has(value.status) && everyItem(value.criterionIds, isId);
}

function isRating(value: unknown): boolean {
  return isFields(value) && isId(value.criterionId) && RATING_SET.has(value.rating) && isOptionalString(value.observation);
}

function isClaim(value: unknown): boolean {
  return isFields(value) && isId(value.criterionId) && CLAIM_SET.has(value.claim);
}

/**
 * True only when `scoringInputSchema` would accept the value too, so it can be scored as it is.
 * False means "ask zod", not necessarily "invalid".
 */
export function isValidScoringInput(value: unknown): value is ScoringInput {
  if (!isFields(value)) return false;
  if (value.rulesVersion !== undefined && value.rulesVersion !== 1) return false;
  if (!MODE_SET.has(value.mode) || !isDate(value.assessmentDate)) return false;
  const framework = value.framework;
  if (!isFields(framework) || !Array.isArray(framework.statements) || framework.statements.length === 0) return false;
  if (!everyItem(framework.statements, isStatement)) return false;
  if (!everyItem(value.evidence, isEvidence) || !everyItem(value.ratings, isRating) || !everyItem(value.claims, isClaim)) return false;
  // The shapes are now known to match, so the cross-list rules can read them as typed.
  return referenceProblems(value as ScoringInput).length === 0;
}
