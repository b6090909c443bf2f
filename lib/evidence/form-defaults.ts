// What the evidence form starts with: blank for a new item, the stored values for an edit.
// Pure; every value is a string (or a list of strings) as the form's inputs hold them.
import { dateToParts } from "@/lib/evidence/dates";
import { EVIDENCE_KINDS, needsConsentQuestion, oneOf, type EvidenceFields } from "@/lib/evidence/labels";

export type EvidenceFormValues = {
  kind: string;
  title: string;
  description: string;
  dateDay: string;
  dateMonth: string;
  dateYear: string;
  type: string;
  source: string;
  aboutNamedPerson: string;
  consentGiven: boolean;
  consentNote: string;
  url: string;
  body: string;
  criterionIds: string[];
};

/** A blank form, with the kind chosen already when the page was opened from a "add a …" link. */
export function newEvidenceDefaults(kind?: string): EvidenceFormValues {
  return {
    kind: oneOf(EVIDENCE_KINDS, kind) ?? "",
    title: "",
    description: "",
    dateDay: "",
    dateMonth: "",
    dateYear: "",
    type: "",
    source: "",
    aboutNamedPerson: "",
    consentGiven: false,
    consentNote: "",
    url: "",
    body: "",
    criterionIds: [],
  };
}

type Stored = EvidenceFields & { criteria: Array<{ id: string }> };

/** The form for changing an item, filled in with what is stored. */
export function editEvidenceDefaults(item: Stored, currentCriterionIds: ReadonlySet<string>): EvidenceFormValues {
  const { day, month, year } = dateToParts(item.evidenceDate);
  return {
    kind: item.kind,
    title: item.title,
    description: item.description ?? "",
    dateDay: day,
    dateMonth: month,
    dateYear: year,
    type: item.type,
    source: item.source,
    // Consent is only recorded for a named person, so a stored consent means "yes".
    aboutNamedPerson: needsConsentQuestion(item.type) ? (item.consentGiven ? "yes" : "no") : "",
    consentGiven: item.consentGiven,
    consentNote: item.consentNote ?? "",
    url: item.url ?? "",
    body: item.body ?? "",
    criterionIds: item.criteria.map((c) => c.id).filter((id) => currentCriterionIds.has(id)),
  };
}
