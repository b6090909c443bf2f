// One schema for the evidence form, used by react-hook-form in the browser and by the services.
// Every field is checked in one pass (superRefine) so a person sees all their mistakes at once,
// including the ones that depend on other answers (the kind, the type, a named person).
import { z } from "zod";
import { parseDateParts } from "@/lib/evidence/dates";
import { EVIDENCE_KINDS, EVIDENCE_SOURCES, EVIDENCE_TYPES, needsConsentQuestion, oneOf, type EvidenceFields } from "@/lib/evidence/labels";

export const LIMITS = { title: 200, description: 2000, url: 2000, body: 20000, consentNote: 1000, criteria: 100 } as const;

const text = z.string().nullish().transform((v) => (v ?? "").trim());

export const evidenceFormSchema = z
  .object({
    kind: text,
    title: text,
    description: text,
    dateDay: text,
    dateMonth: text,
    dateYear: text,
    type: text,
    source: text,
    aboutNamedPerson: text,
    // A checkbox: true from react-hook-form, "yes" from a posted form.
    consentGiven: z.union([z.boolean(), z.string()]).nullish().transform((v) => v === true || v === "yes"),
    consentNote: text,
    url: text,
    body: text,
    // Checkboxes: a list from react-hook-form and the server action, one value from a crafted post.
    criterionIds: z
      .union([z.array(z.string()), z.string(), z.boolean()])
      .nullish()
      .transform((v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : [])),
  })
  .superRefine((v, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!oneOf(EVIDENCE_KINDS, v.kind)) problem("kind", "Select what kind of evidence you are adding");
    if (v.kind === "LINK") {
      if (v.url === "") problem("url", "Enter the web address");
      else if (!isWebAddress(v.url)) problem("url", "Enter a web address that starts with https:// or http://, like https://www.example.org/report");
      else if (v.url.length > LIMITS.url) problem("url", `The web address must be ${LIMITS.url} characters or fewer`);
    }
    if (v.kind === "ACCOUNT") {
      if (v.body === "") problem("body", "Write the account");
      else if (v.body.length > LIMITS.body) problem("body", `The account must be ${LIMITS.body} characters or fewer`);
    }
    if (v.title === "") problem("title", "Enter a title");
    else if (v.title.length > LIMITS.title) problem("title", `The title must be ${LIMITS.title} characters or fewer`);
    if (v.description.length > LIMITS.description) problem("description", `The description must be ${LIMITS.description} characters or fewer`);
    const date = parseDateParts({ day: v.dateDay, month: v.dateMonth, year: v.dateYear });
    if ("problems" in date) for (const p of date.problems) problem(p.part, p.message);
    if (!oneOf(EVIDENCE_TYPES, v.type)) problem("type", "Select the type of evidence");
    if (!oneOf(EVIDENCE_SOURCES, v.source)) problem("source", "Select who the evidence comes from");
    if (needsConsentQuestion(v.type)) {
      if (v.aboutNamedPerson !== "yes" && v.aboutNamedPerson !== "no") problem("aboutNamedPerson", "Select yes if this is about a named person");
      else if (v.aboutNamedPerson === "yes" && !v.consentGiven) {
        problem("consentGiven", "Confirm that the person agreed to this being kept as evidence, or choose no and leave out their name");
      }
      if (v.consentNote.length > LIMITS.consentNote) problem("consentNote", `How consent was recorded must be ${LIMITS.consentNote} characters or fewer`);
    }
    if (v.criterionIds.length > LIMITS.criteria) problem("criterionIds", `Choose no more than ${LIMITS.criteria} criteria`);
  })
  .transform((v): EvidenceInput => {
    // Only reached when every check above passed, so the narrowing below always succeeds.
    const kind = oneOf(EVIDENCE_KINDS, v.kind) ?? "ACCOUNT";
    const type = oneOf(EVIDENCE_TYPES, v.type) ?? "OTHER";
    const date = parseDateParts({ day: v.dateDay, month: v.dateMonth, year: v.dateYear });
    const consent = needsConsentQuestion(type) && v.aboutNamedPerson === "yes";
    return {
      kind,
      title: v.title,
      description: v.description || null,
      evidenceDate: "date" in date ? date.date : "",
      type,
      source: oneOf(EVIDENCE_SOURCES, v.source) ?? "ORGANISATION",
      consentGiven: consent,
      consentNote: consent ? v.consentNote || null : null,
      url: kind === "LINK" ? v.url : null,
      body: kind === "ACCOUNT" ? v.body : null,
      criterionIds: [...new Set(v.criterionIds)],
    };
  });

/** A checked evidence form: what the services store. */
export type EvidenceInput = EvidenceFields & { criterionIds: string[] };

export type EvidenceFormInput = z.input<typeof evidenceFormSchema>;

/** The form's order of fields, for the error summary. */
export const EVIDENCE_FIELDS = [
  "kind", "file", "url", "body", "title", "description", "dateDay", "dateMonth", "dateYear", "evidenceDate",
  "type", "source", "aboutNamedPerson", "consentGiven", "consentNote", "criterionIds",
] as const;

/** Field → messages (the first path segment names the field), for services and tests. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
