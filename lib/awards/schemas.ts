// One schema per form about an award, used by react-hook-form in the browser and again by the
// service on the server. Messages follow the GOV.UK error message style.
import { z } from "zod";

const reasonText = (empty: string, label: string) => z.string({ error: empty }).trim().min(1, empty).max(2000, `${label} must be 2000 characters or fewer`);

export const REVIEW_REQUEST_FIELDS = ["grounds"] as const;

/** The organisation's request for a review: the only ground is that the process was not followed. */
export const reviewRequestSchema = z.object({
  grounds: z
    .string({ error: "Enter how the assessment process was not followed" })
    .trim()
    .min(1, "Enter how the assessment process was not followed")
    .max(5000, "Your grounds must be 5000 characters or fewer"),
});

export type ReviewRequestInput = z.input<typeof reviewRequestSchema>;

export const REVIEW_DECISION_FIELDS = ["outcomeLevel", "reason"] as const;

/** The reviewer's decision: the level after review (0 revokes the award) and why. */
export const reviewDecisionSchema = z.object({
  // A string first, so an unanswered radio group gets the same message as a bad value.
  outcomeLevel: z
    .string({ error: "Choose the level after the review" })
    .pipe(z.enum(["0", "1", "2", "3"], { error: "Choose the level after the review" }))
    .transform(Number),
  reason: reasonText("Enter the reason for your decision", "The reason"),
});

export type ReviewDecisionInput = z.input<typeof reviewDecisionSchema>;

export const CONDITION_FIELDS = ["outcome", "newLevel", "note"] as const;

/**
 * Whether a condition was met. A missed one needs what was found and the award's new level,
 * below `currentLevel` (0 revokes it).
 */
export function conditionOutcomeSchema(currentLevel: number) {
  return z
    .object({
      outcome: z.string({ error: "Choose whether the condition was met" }).pipe(z.enum(["MET", "MISSED"], { error: "Choose whether the condition was met" })),
      note: z.string().trim().max(2000, "Your note must be 2000 characters or fewer").default(""),
      newLevel: z.string().default(""),
    })
    .transform((value, ctx) => {
      if (value.outcome === "MET") return { outcome: "MET" as const, note: value.note, newLevel: null };
      if (value.note === "") ctx.addIssue({ code: "custom", path: ["note"], message: "Say what you found: why the condition was not met" });
      const level = /^[0-3]$/.test(value.newLevel) ? Number(value.newLevel) : null;
      if (level === null || level >= currentLevel) ctx.addIssue({ code: "custom", path: ["newLevel"], message: `Choose the award's new level, below level ${currentLevel}` });
      if (value.note === "" || level === null || level >= currentLevel) return z.NEVER;
      return { outcome: "MISSED" as const, note: value.note, newLevel: level };
    });
}

export type ConditionOutcomeInput = z.input<ReturnType<typeof conditionOutcomeSchema>>;

export const STATUS_CHANGE_FIELDS = ["reason"] as const;

/** Suspending, reinstating or revoking an award: always with a reason. */
export const statusChangeSchema = z.object({
  reason: reasonText("Enter the reason", "The reason"),
});

export type StatusChangeInput = z.input<typeof statusChangeSchema>;

/** What a status change's first step returns when the reason is valid and waits to be checked. */
export const CHECK_STEP = "check";
