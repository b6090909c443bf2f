// The keys under which the plan's forms keep unsaved text in the browser tab. Shared by the forms
// and by the pages that forget a draft once it has been saved.
export const planDraftKeys = {
  add: (organisationSlug: string, statementNumber: number) => `plan-add:${organisationSlug}:${statementNumber}`,
  edit: (actionId: string) => `plan-action:${actionId}`,
};
