import { isoDateToDb } from "@/lib/dates";
import type { EvidenceInput } from "@/lib/evidence/schemas";

/** The columns a checked evidence form writes, shared by adding and editing (kind is fixed once added). */
export function evidenceColumns(data: EvidenceInput) {
  return {
    title: data.title,
    description: data.description,
    evidenceDate: isoDateToDb(data.evidenceDate),
    type: data.type,
    source: data.source,
    consentGiven: data.consentGiven,
    consentNote: data.consentNote,
    url: data.url,
    body: data.body,
  };
}
