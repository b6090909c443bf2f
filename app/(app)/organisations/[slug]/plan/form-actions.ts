"use server";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
import { addAction } from "@/lib/improvement-plan/add-action";
import { deleteAction } from "@/lib/improvement-plan/delete-action";
import { completeAction, reopenAction } from "@/lib/improvement-plan/set-action-status";
import { setLadderPosition } from "@/lib/improvement-plan/set-ladder-position";
import { updateAction } from "@/lib/improvement-plan/update-action";

// Thin: each action resolves the actor, and the lib/improvement-plan services check access,
// validate and write. Bound arguments (slug, ids) come back from the browser, so the services
// treat them as untrusted too.

const planPath = (slug: string) => `/organisations/${encodeURIComponent(slug)}/plan`;

/** After someone else's save, re-render the page so it shows what is saved now; the form keeps its text. */
async function refreshOnConflict(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError && error.kind === "CONFLICT") refresh();
    throw error;
  }
}

export async function setLadderPositionAction(slug: string, statementNumber: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await setLadderPosition(actor, slug, statementNumber, values);
  });
  const n = Number(statementNumber);
  if (state.status === "success") redirect(`${planPath(slug)}?done=position&statement=${n}#statement-${n}`);
  return state;
}

export async function addActionAction(slug: string, statementNumber: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id = "";
  const state = await runFormAction(formData, async (values) => {
    id = await addAction(actor, slug, statementNumber, values);
  });
  if (state.status === "success") redirect(`${planPath(slug)}?done=added&statement=${Number(statementNumber)}#action-${id}`);
  return state;
}

export async function updateActionAction(slug: string, actionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, (values) => refreshOnConflict(updateAction(actor, slug, actionId, values)));
  if (state.status === "success") redirect(`${planPath(slug)}?done=updated&action=${encodeURIComponent(actionId)}#action-${encodeURIComponent(actionId)}`);
  return state;
}

export async function completeActionAction(slug: string, actionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => completeAction(actor, slug, actionId));
  if (state.status === "success") redirect(`${planPath(slug)}?done=completed#action-${encodeURIComponent(actionId)}`);
  return state;
}

export async function reopenActionAction(slug: string, actionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => reopenAction(actor, slug, actionId));
  if (state.status === "success") redirect(`${planPath(slug)}?done=reopened#action-${encodeURIComponent(actionId)}`);
  return state;
}

export async function deleteActionAction(slug: string, actionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, (values) => refreshOnConflict(deleteAction(actor, slug, actionId, values)));
  if (state.status === "success") redirect(`${planPath(slug)}?done=deleted`);
  return state;
}
