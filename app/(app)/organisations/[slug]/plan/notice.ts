import { planDraftKeys } from "@/lib/improvement-plan/draft-keys";

export type PlanNotice = { message: string; forgetDraft?: string };

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * The confirmation shown on the plan after a change, from the query string the server actions
 * redirect with; also which form's draft is now saved and can be forgotten. Unknown values show nothing.
 */
export function planNotice(slug: string, params: SearchParams): PlanNotice | null {
  const statement = Number(one(params.statement));
  const validStatement = Number.isInteger(statement) && statement >= 1 && statement <= 6;
  const action = one(params.action);
  switch (one(params.done)) {
    case "position":
      return validStatement ? { message: `Where you are on the ladder for statement ${statement} has been saved.` } : null;
    case "added":
      return validStatement ? { message: `Your action has been added to statement ${statement}.`, forgetDraft: planDraftKeys.add(slug, statement) } : null;
    case "updated":
      return { message: "Your changes to the action have been saved.", ...(action ? { forgetDraft: planDraftKeys.edit(action) } : {}) };
    case "completed":
      return { message: "The action has been marked as done." };
    case "reopened":
      return { message: "The action is open again." };
    case "deleted":
      return { message: "The action has been deleted." };
    default:
      return null;
  }
}
