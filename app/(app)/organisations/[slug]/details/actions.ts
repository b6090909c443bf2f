"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { updateOrganisationDetails } from "@/lib/organisations/update-organisation";

export async function updateOrganisationDetailsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runFormAction(formData, async (values) => {
    // Each ticked kind of service repeats the field name, which `values` would collapse to one.
    const serviceKinds = formData.getAll("serviceKinds").filter((v): v is string => typeof v === "string");
    await updateOrganisationDetails(actor, slug, { ...values, serviceKinds });
  });
  if (state.status === "success") redirect(`/organisations/${slug}?updated=details`);
  return state;
}
