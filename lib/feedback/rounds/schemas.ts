// The "open a feedback round" form's schema, used by react-hook-form in the browser and again by
// the service. Messages follow the GOV.UK error message style.
import { z } from "zod";
import { parseDateParts } from "@/lib/date-input";
import type { IsoDate } from "@/lib/dates";
import { roundDateProblems } from "@/lib/feedback/rounds/dates";

export const OPEN_ROUND_FIELDS = ["startsOn", "endsOn", "services"] as const;
export const SERVICES_MAX = 500;

const fields = z.object({
  // Missing boxes read as empty, so each date gets its own message rather than a type error.
  startDay: z.string().default(""),
  startMonth: z.string().default(""),
  startYear: z.string().default(""),
  endDay: z.string().default(""),
  endMonth: z.string().default(""),
  endYear: z.string().default(""),
  services: z.string().default(""),
});

/**
 * A round's dates and services. The date boxes become `startsOn` and `endsOn` ("YYYY-MM-DD");
 * problems with them are reported under those names. `today` is the UK date the rules count from.
 */
export function openRoundSchema(options: { today: IsoDate }) {
  return fields.transform((value, ctx) => {
    const start = parseDateParts({ day: value.startDay, month: value.startMonth, year: value.startYear }, "Start date");
    const end = parseDateParts({ day: value.endDay, month: value.endMonth, year: value.endYear }, "End date");
    if (!start.ok) ctx.addIssue({ code: "custom", path: ["startsOn"], message: start.message });
    if (!end.ok) ctx.addIssue({ code: "custom", path: ["endsOn"], message: end.message });
    if (start.ok && end.ok) {
      for (const problem of roundDateProblems({ startsOn: start.date, endsOn: end.date }, options.today)) {
        ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
      }
    } else if (start.ok && start.date < options.today) {
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: "The start date must be today or in the future" });
    }
    // Checked here with the dates, so a person sees every mistake at once.
    const services = value.services.trim();
    if (services === "") ctx.addIssue({ code: "custom", path: ["services"], message: "Enter which of your services the round is about" });
    else if (services.length > SERVICES_MAX) ctx.addIssue({ code: "custom", path: ["services"], message: `Which services must be ${SERVICES_MAX} characters or fewer` });
    return { startsOn: start.ok ? start.date : "", endsOn: end.ok ? end.date : "", services };
  });
}

export type OpenRoundInput = z.input<ReturnType<typeof openRoundSchema>>;
export type OpenRoundValues = z.output<ReturnType<typeof openRoundSchema>>;
