"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/access/actor";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/api-keys";

export async function createApiKeyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async (values) => {
    const { key } = await createApiKey(actor, values);
    revalidatePath("/commissioner/api-keys");
    // The key goes back to this one response only; it is never stored or shown again.
    return { status: "success", message: "Key created", fieldErrors: {}, values: { name: "", createdKey: key, createdName: values.name?.trim() ?? "" } };
  });
}

export async function revokeApiKeyAction(keyId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runFormAction(formData, async () => {
    await revokeApiKey(actor, keyId);
    revalidatePath("/commissioner/api-keys");
  });
}
