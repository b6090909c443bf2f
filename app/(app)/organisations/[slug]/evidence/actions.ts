"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { createEvidence } from "@/lib/evidence/create-evidence";
import { updateEvidence } from "@/lib/evidence/update-evidence";
import { deleteEvidence } from "@/lib/evidence/delete-evidence";
import { restoreEvidence } from "@/lib/evidence/restore-evidence";
import { evidenceInputFrom, uploadFrom } from "@/lib/evidence/form-data";

// Each action resolves the actor itself; the lib/evidence services scope every query to the
// organisations the actor may reach, so a crafted slug or id is simply "not found".

const base = (slug: string) => `/organisations/${encodeURIComponent(slug)}/evidence`;

export async function createEvidenceAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id = "";
  const state = await runFormAction(formData, async (values) => {
    ({ id } = await createEvidence(actor, slug, evidenceInputFrom(formData, values), await uploadFrom(formData)));
  });
  if (state.status === "success") redirect(`${base(slug)}/${id}?added=1`);
  return state;
}

export async function updateEvidenceAction(slug: string, id: string, version: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    await updateEvidence(actor, slug, id, version, evidenceInputFrom(formData, values), await uploadFrom(formData));
  });
  if (state.status === "success") redirect(`${base(slug)}/${id}?updated=1`);
  return state;
}

export async function deleteEvidenceAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => deleteEvidence(actor, slug, id));
  if (state.status === "success") redirect(`${base(slug)}?deleted=${encodeURIComponent(id)}`);
  return state;
}

export async function restoreEvidenceAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, () => restoreEvidence(actor, slug, id));
  if (state.status === "success") redirect(`${base(slug)}/${id}?restored=1`);
  return state;
}
