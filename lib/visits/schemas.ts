// The assign form's schema, used by react-hook-form in the browser and again by the service.
import { z } from "zod";
import { parseDateParts } from "@/lib/date-input";
import type { IsoDate } from "@/lib/dates";

export const ASSIGN_FIELDS = ["leadUserId", "coAssessorUserId", "visitDate"] as const;

const fields = z.object({
  leadUserId: z.string({ error: "Select the lead assessor" }).min(1, "Select the lead assessor"),
  coAssessorUserId: z.string({ error: "Select the co-assessor" }).min(1, "Select the co-assessor"),
  visitDay: z.string().default(""),
  visitMonth: z.string().default(""),
  visitYear: z.string().default(""),
});

/**
 * Two different assessors and a visit date. With `notBefore` (today) a past date is refused;
 * problems with the date are reported under `visitDate`.
 */
export function assignSchema(options: { notBefore?: IsoDate } = {}) {
  return fields.transform((value, ctx) => {
    if (value.leadUserId && value.leadUserId === value.coAssessorUserId) {
      ctx.addIssue({ code: "custom", path: ["coAssessorUserId"], message: "Select a different person as co-assessor: a visit needs two assessors" });
    }
    const date = parseDateParts({ day: value.visitDay, month: value.visitMonth, year: value.visitYear }, "Visit date");
    if (!date.ok) ctx.addIssue({ code: "custom", path: ["visitDate"], message: date.message });
    else if (options.notBefore && date.date < options.notBefore) ctx.addIssue({ code: "custom", path: ["visitDate"], message: "Visit date must be today or in the future" });
    return { leadUserId: value.leadUserId, coAssessorUserId: value.coAssessorUserId, visitDate: date.ok ? date.date : "" };
  });
}

export type AssignInput = z.input<ReturnType<typeof assignSchema>>;
