// One schema per form, used by react-hook-form in the browser and again by the service on the
// server. Messages follow the GOV.UK error message style.
import { z } from "zod";
import { LADDER_RUNGS, RUNGS, compareRungs, isLadderRung } from "@/lib/improvement-plan/ladder";
import { parseDateParts, type IsoDate } from "@/lib/improvement-plan/dates";

/** The six I Statements are numbered 1 to 6 in every version of the standard. */
export const STATEMENT_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

export const statementNumberSchema = z.coerce.number().int().min(1).max(6);

export const DESCRIPTION_MAX = 500;
export const OWNER_MAX = 100;

// A string first, so an unanswered radio group ("" or null) gets the same message as a bad value.
const rung = (message: string) => z.string({ error: message }).pipe(z.enum(LADDER_RUNGS, { error: message }));

/** Where an organisation is on the ladder for one statement, and where it wants to be. */
export const ladderPositionSchema = z
  .object({
    current: rung("Select where you are now"),
    target: rung("Select where you want to be"),
  })
  .superRefine((value, ctx) => {
    if (!isLadderRung(value.current) || !isLadderRung(value.target)) return;
    if (compareRungs(value.target, value.current) < 0) {
      const now = RUNGS[value.current].label;
      ctx.addIssue({
        code: "custom",
        path: ["target"],
        message: `Where you want to be cannot be lower than where you are now (${now}). Select ${now} or a higher rung`,
      });
    }
  });

export type LadderPositionInput = z.input<typeof ladderPositionSchema>;

const actionFields = z.object({
  description: z
    .string()
    .trim()
    .min(1, "Enter what you will do")
    .max(DESCRIPTION_MAX, `What you will do must be ${DESCRIPTION_MAX} characters or fewer`),
  owner: z
    .string()
    .trim()
    .min(1, "Enter the name of the person who will make sure it happens")
    .max(OWNER_MAX, `The name must be ${OWNER_MAX} characters or fewer`),
  // Missing boxes read as empty, so the date gets its own message rather than a type error.
  dueDay: z.string().default(""),
  dueMonth: z.string().default(""),
  dueYear: z.string().default(""),
  // When changing an action: the version the person started from (checked by the service, and
  // kept with any draft so a restored draft is still checked against later changes).
  version: z.string().optional(),
});

const dueDateOf = (value: { dueDay: string; dueMonth: string; dueYear: string }) =>
  parseDateParts({ day: value.dueDay, month: value.dueMonth, year: value.dueYear });

/**
 * An action's fields. The three date boxes become one `dueDate` ("YYYY-MM-DD"); date problems
 * are reported under `dueDate`. With `notBefore` (today, for a new action) a past date is refused.
 */
export function actionSchema(options: { notBefore?: IsoDate } = {}) {
  return actionFields
    .superRefine((value, ctx) => {
      const due = dueDateOf(value);
      if (!due.ok) ctx.addIssue({ code: "custom", path: ["dueDate"], message: due.message });
      else if (options.notBefore && due.date < options.notBefore) {
        ctx.addIssue({ code: "custom", path: ["dueDate"], message: "Due date must be today or in the future" });
      }
    })
    .transform((value) => {
      const due = dueDateOf(value);
      return { description: value.description, owner: value.owner, dueDate: due.ok ? due.date : "" };
    });
}

export type ActionInput = z.input<ReturnType<typeof actionSchema>>;
export type ActionValues = z.output<ReturnType<typeof actionSchema>>;

/** The version of an action the person started editing, sent back with the form. */
export const versionSchema = z.object({ version: z.coerce.number().int().min(1) });

/** The order of the fields in the action form, for the error summary. */
export const ACTION_FIELDS = ["description", "owner", "dueDate"] as const;
