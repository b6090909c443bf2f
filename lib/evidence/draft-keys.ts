// The keys under which the evidence forms keep unsaved text in the browser tab. One per form,
// so a draft comes back to the form it was typed in, and is cleared once that form is saved.

export const newEvidenceDraftKey = (organisationSlug: string) => `evidence-new:${organisationSlug}`;
export const editEvidenceDraftKey = (evidenceId: string) => `evidence-edit:${evidenceId}`;
