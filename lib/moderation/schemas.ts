// The moderation forms' schemas, used by react-hook-form in the browser and again by the services,
// so people see the same plain-English messages in both places. Messages follow GOV.UK's style.
import { z } from "zod";
import { parseDateParts } from "@/lib/date-input";
import type { IsoDate } from "@/lib/dates";
import { awardLevelProblems } from "@/lib/moderation/level-rule";

const TEXT_MAX = 2000;
export const CONDITION_MAX_LENGTH = 500;
export const MAX_CONDITIONS = 5;

const required = (message: string, label: string, max = TEXT_MAX) =>
  z.string({ error: message }).trim().min(1, message).max(max, `${label} must be ${max} characters or fewer`);

const optionalText = (label: string, max = TEXT_MAX) => z.string().trim().max(max, `${label} must be ${max} characters or fewer`).default("");

/** One factual error the organisation points out. The statement is optional: some points are about the whole report. */
export const accuracyPointSchema = z.object({
  statementNumber: z
    .string()
    .default("")
    .refine((v) => v === "" || /^[1-6]$/.test(v), "Select a statement, or “The whole report”")
    .transform((v) => (v === "" ? null : Number(v))),
  whatIsWrong: required("Enter what is wrong in the report", "What is wrong"),
  evidence: required("Enter what evidence existed at the visit that shows this", "The evidence"),
});

export type AccuracyPointInput = z.input<typeof accuracyPointSchema>;
export const ACCURACY_POINT_FIELDS = ["statementNumber", "whatIsWrong", "evidence"] as const;

/** The scheme admin's response to one point. */
export const pointResponseSchema = z.object({
  response: required("Enter your response to this point", "Your response"),
});

export type PointResponseInput = z.input<typeof pointResponseSchema>;

// ─── The decision ─────────────────────────────────────────────────────────────

export const SLOTS = [1, 2, 3, 4, 5] as const;
type Slot = (typeof SLOTS)[number];
type ConditionPart = "Description" | "Day" | "Month" | "Year";
export type ConditionField = `condition${Slot}${ConditionPart}`;

export const conditionField = (slot: Slot, part: ConditionPart): ConditionField => `condition${slot}${part}`;
/** Where a condition's date problems are reported (the date input's id). */
export const conditionDateField = (slot: Slot) => `condition${slot}DueOn`;

const conditionShape = Object.fromEntries(
  SLOTS.flatMap((slot) => (["Description", "Day", "Month", "Year"] as const).map((part) => [conditionField(slot, part), z.string().default("")])),
) as Record<ConditionField, z.ZodDefault<z.ZodString>>;

/** The `award` field's value for closing without an award; otherwise it holds the level, "1" to "3". */
export const NO_AWARD = "NONE";

const decisionFields = z.object({
  // A string first, so an unanswered radio group gets the same message as a bad value.
  award: z.string({ error: "Select the level to award, or no award" }).refine((v) => /^([1-3]|NONE)$/.test(v), "Select the level to award, or no award"),
  levelReason: optionalText("The reason for the level"),
  noAwardReason: optionalText("The reason"),
  ...conditionShape,
});

export type DecisionInput = z.input<typeof decisionFields>;

export type AwardCondition = { description: string; dueOn: IsoDate };
export type Decision =
  | { outcome: "AWARD"; level: number; levelReason: string; conditions: AwardCondition[] }
  | { outcome: "NO_AWARD"; reason: string };

/** The field order of the decision form, for its error summary. */
export const DECISION_FIELDS = ["award", "levelReason", "noAwardReason", ...SLOTS.flatMap((slot) => [conditionField(slot, "Description"), conditionDateField(slot)])];

/**
 * The decision on a visit, checked against the engine's verified level (`computedLevel`, never
 * taken from the form) and today's date: an award of 1 up to the verified level (a reason when
 * lower) with up to five conditions due after today, or no award with a reason. Blank condition
 * rows are ignored, and so are conditions with no award.
 */
export function decisionSchema(options: { computedLevel: number; today: IsoDate }) {
  return decisionFields.transform((value, ctx): Decision => {
    if (value.award === NO_AWARD) {
      if (value.noAwardReason === "") ctx.addIssue({ code: "custom", path: ["noAwardReason"], message: "Say why no award is being issued. The organisation will be told this reason" });
      return { outcome: "NO_AWARD", reason: value.noAwardReason };
    }
    const level = Number(value.award);
    for (const [field, messages] of Object.entries(awardLevelProblems(level, options.computedLevel, value.levelReason))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: [field], message });
    }
    const conditions: AwardCondition[] = [];
    for (const slot of SLOTS) {
      const description = value[conditionField(slot, "Description")].trim();
      const parts = { day: value[conditionField(slot, "Day")], month: value[conditionField(slot, "Month")], year: value[conditionField(slot, "Year")] };
      const blankDate = Object.values(parts).every((p) => p.trim() === "");
      if (description === "" && blankDate) continue;
      if (description === "") ctx.addIssue({ code: "custom", path: [conditionField(slot, "Description")], message: `Enter what condition ${slot} asks the organisation to do` });
      else if (description.length > CONDITION_MAX_LENGTH) ctx.addIssue({ code: "custom", path: [conditionField(slot, "Description")], message: `Condition ${slot} must be ${CONDITION_MAX_LENGTH} characters or fewer` });
      const date = parseDateParts(parts, `Condition ${slot} due date`);
      if (!date.ok) ctx.addIssue({ code: "custom", path: [conditionDateField(slot)], message: date.message });
      else if (date.date <= options.today) ctx.addIssue({ code: "custom", path: [conditionDateField(slot)], message: `Condition ${slot} due date must be in the future` });
      else conditions.push({ description, dueOn: date.date });
    }
    return { outcome: "AWARD", level, levelReason: value.levelReason, conditions };
  });
}

export const emptyDecision: DecisionInput = {
  award: "",
  levelReason: "",
  noAwardReason: "",
  ...(Object.fromEntries(Object.keys(conditionShape).map((k) => [k, ""])) as Record<ConditionField, string>),
};
