// The library's filters, read from the page's query string. Pure. Anything unexpected is
// ignored rather than an error: a filter is only ever a narrowing of what may be seen anyway.
import { EVIDENCE_TYPES, oneOf, type EvidenceType } from "@/lib/evidence/labels";

export type EvidenceFilters = { type?: EvidenceType; statement?: number };

export function parseEvidenceFilters(params: Record<string, string | string[] | undefined>): EvidenceFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const type = oneOf(EVIDENCE_TYPES, first(params.type));
  const statementText = first(params.statement) ?? "";
  const statement = /^[1-9]$/.test(statementText) ? Number(statementText) : undefined;
  return { ...(type ? { type } : {}), ...(statement ? { statement } : {}) };
}
