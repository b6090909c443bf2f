// One schema per form, used by react-hook-form in the browser and again by the service on the
// server. Messages follow the GOV.UK error message style.
import { z } from "zod";
import { parseDateParts } from "@/lib/date-input";

export const CONFLICT_KINDS = ["WORKED_FOR", "USED_SERVICE", "CLOSE_TO", "OTHER"] as const;

const lines = (label: string) =>
  z
    .string()
    .max(2000, `The ${label} must be 2000 characters or fewer`)
    .transform((v) => v.split("\n").map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(100, `Each of the ${label} must be 100 characters or fewer`)).max(20, `Give no more than 20 ${label}`));

// Missing boxes read as empty, so a date gets its own message rather than a type error.
const box = z.string().default("");

type Boxes = Record<string, unknown>;

/** An optional date: all three boxes empty means "not yet"; otherwise it must be a real date. */
function optionalDate(value: Boxes, prefix: string, label: string): { ok: true; date: string | null } | { ok: false; message: string } {
  const text = (key: string) => (typeof value[key] === "string" ? (value[key] as string) : "");
  const parts = { day: text(`${prefix}Day`), month: text(`${prefix}Month`), year: text(`${prefix}Year`) };
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return { ok: true, date: null };
  const parsed = parseDateParts(parts, label);
  return parsed.ok ? { ok: true, date: parsed.date } : { ok: false, message: parsed.message };
}

export const PROFILE_FIELDS = ["trainingCompletedOn", "accreditedOn", "accreditationExpiresOn", "areas", "serviceKinds", "availability"] as const;

/** The scheme admin's edit of one assessor's record in the pool. */
export const profileSchema = z
  .object({
    trainingDay: box,
    trainingMonth: box,
    trainingYear: box,
    accreditedDay: box,
    accreditedMonth: box,
    accreditedYear: box,
    expiresDay: box,
    expiresMonth: box,
    expiresYear: box,
    areas: lines("areas"),
    serviceKinds: lines("kinds of service"),
    availability: z.string().trim().max(1000, "Availability must be 1000 characters or fewer"),
  })
  .transform((value, ctx) => {
    const training = optionalDate(value, "training", "Training completed date");
    const accredited = optionalDate(value, "accredited", "Accredited date");
    const expires = optionalDate(value, "expires", "Expiry date");
    if (!training.ok) ctx.addIssue({ code: "custom", path: ["trainingCompletedOn"], message: training.message });
    if (!accredited.ok) ctx.addIssue({ code: "custom", path: ["accreditedOn"], message: accredited.message });
    if (!expires.ok) ctx.addIssue({ code: "custom", path: ["accreditationExpiresOn"], message: expires.message });
    if (!training.ok || !accredited.ok || !expires.ok) return z.NEVER;
    if (accredited.date && !training.date) ctx.addIssue({ code: "custom", path: ["trainingCompletedOn"], message: "Enter the date they finished training, before they can be accredited" });
    if (accredited.date && !expires.date) ctx.addIssue({ code: "custom", path: ["accreditationExpiresOn"], message: "Enter the date the accreditation expires" });
    if (expires.date && !accredited.date) ctx.addIssue({ code: "custom", path: ["accreditedOn"], message: "Enter the date they were accredited" });
    if (accredited.date && expires.date && expires.date <= accredited.date) ctx.addIssue({ code: "custom", path: ["accreditationExpiresOn"], message: "Expiry date must be after the accredited date" });
    return { trainingCompletedOn: training.date, accreditedOn: accredited.date, accreditationExpiresOn: expires.date, areas: value.areas, serviceKinds: value.serviceKinds, availability: value.availability };
  });

export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileValues = z.output<typeof profileSchema>;

export const CONFLICT_FIELDS = ["organisationId", "kind", "note"] as const;

/** An assessor's declaration of a link with an organisation. */
export const conflictSchema = z.object({
  organisationId: z.string({ error: "Select the organisation" }).min(1, "Select the organisation"),
  // A string first, so an unanswered radio group gets the same message as a bad value.
  kind: z.string({ error: "Select how you know this organisation" }).pipe(z.enum(CONFLICT_KINDS, { error: "Select how you know this organisation" })),
  note: z.string().trim().max(500, "Your note must be 500 characters or fewer").default(""),
});

export type ConflictInput = z.input<typeof conflictSchema>;
