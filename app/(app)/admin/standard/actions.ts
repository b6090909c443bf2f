"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { draftNewVersion, publishVersion } from "@/lib/standard/manage-versions";
import { addDraftCriterion, removeDraftCriterion, updateDraftCriterion, updateDraftStatement } from "@/lib/standard/edit-draft";

// Each action resolves the actor itself; the lib/standard services check the role again.

export async function draftNewVersionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let version = 0;
  const state = await runFormAction(formData, async () => {
    version = await draftNewVersion(actor);
  });
  if (state.status === "success") redirect(`/admin/standard/${version}`);
  return state;
}

export async function publishVersionAction(version: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => publishVersion(actor, version));
  if (state.status === "success") redirect(`/admin/standard/${version}?published=1`);
  return state;
}

export async function addCriterionAction(version: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let code = "";
  const state = await runFormAction(formData, async (values) => {
    code = await addDraftCriterion(actor, version, values);
  });
  if (state.status === "success") redirect(`/admin/standard/${version}/criteria/${code}`);
  return state;
}

export async function updateCriterionAction(version: number, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, (values) => updateDraftCriterion(actor, version, code, values));
  if (state.status === "success") redirect(`/admin/standard/${version}#criterion-${code}`);
  return state;
}

export async function removeCriterionAction(version: number, code: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => removeDraftCriterion(actor, version, code));
  if (state.status === "success") redirect(`/admin/standard/${version}`);
  return state;
}

export async function updateStatementAction(version: number, number: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, (values) => updateDraftStatement(actor, version, number, values));
  if (state.status === "success") redirect(`/admin/standard/${version}#statement-${number}`);
  return state;
}
