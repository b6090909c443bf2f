"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { setEvidenceSharing } from "@/lib/sharing/evidence-sharing";

export async function setEvidenceSharingAction(slug: string, commissionerId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    const shared = await setEvidenceSharing(actor, slug, commissionerId, values);
    revalidatePath(`/organisations/${slug}/sharing`);
    return { status: "success", message: shared ? "Shared" : "Sharing withdrawn", fieldErrors: {}, values };
  });
}
